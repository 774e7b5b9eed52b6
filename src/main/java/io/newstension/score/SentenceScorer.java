package io.newstension.score;

import java.io.Serializable;
import io.newstension.comention.Party;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Scores one sentence for tone, CAMEO event cues and tension; pure Java, safe to share across threads.
 *
 * <p><b>Cues.</b> The sentence is tokenised by {@link Tokens}.
 * <ul>
 *   <li><i>Tone</i> (VADER, Hutto &amp; Gilbert 2014): each lexicon word's valence, raised or lowered by
 *       ±0.293 for a booster up to 3 tokens before it (×1, ×0.95, ×0.9 by distance; "very", "extremely",
 *       "slightly") and multiplied by −0.74 when a negator ("not", "no", "never", "without", any "n't")
 *       stands up to 3 tokens before it; "no" directly before a lexicon word only negates it.
 *       {@code tone = s / sqrt(s² + 15)} with s the sum.</li>
 *   <li><i>Events</i> (PETRARCH2 CAMEO verb dictionary): at each token the longest verb phrase wins,
 *       a verb plus object words where the dictionary has one ("imposed new sanctions" → 163), else
 *       the bare verb ("met" → 040). An event negator up to 3 tokens before the verb ("did not threaten",
 *       "refused to meet") records it as {@code negated:} and it counts for nothing.</li>
 *   <li><i>Hedges</i> ("may", "might", "could", "reportedly", "possible", "allegedly", ...; "May" written
 *       with a capital inside a sentence is the month) weigh every event cue of the sentence by h = 0.5.</li>
 *   <li><i>GPR</i> (Caldara &amp; Iacoviello 2022 word sets): topic words (war, military, nuclear, terror,
 *       actor) count; peace words count only when a disruption word ("threat*", "reject*") is in the
 *       sentence; act words (threat, build-up, war-begin, fight, terror-act) count only beside a counted
 *       topic word. A term with an exclusion word ("price war", "war movie") or a negator up to 3 tokens
 *       before it does not count.</li>
 * </ul>
 *
 * <p><b>Formula.</b> With g the Goldstein weight of each counted event cue:
 * <pre>
 *   conflict    = 1 − Π (1 − h·c(g))                (noisy-or over the conflict cues, g &lt; 0)
 *   c(g)        = 0.5 + 0.5·(−g)/10                 (any conflict event counts half, severity the rest)
 *   cooperation = 1 − Π (1 − h·max(0,  g)/10)
 *   gpr         = 1 − exp(−0.5 · n)                 (n = counted GPR terms)
 *   neg         = max(0, −tone)
 *   tension     = clamp(0.2 + 0.55·conflict + 0.2·gpr + 0.2·neg − 0.3·cooperation, 0, 1)
 * </pre>
 * A sentence without cues scores 0.2. Each term is monotone: another conflict cue never lowers tension,
 * another cooperation cue never raises it. Examples: "The United States expelled ten Russian diplomats
 * and imposed new sanctions." → about 0.80 (quad class 4); "The two ministers met in Reykjavik." → 0.17;
 * "They signed a cooperation agreement." → 0.
 *
 * <p>{@code goldstein} and {@code quadClass} of the result describe the counted event cue with the largest
 * |g| (the first on ties). Cues are listed events first, then GPR terms, tone words and hedges, each in
 * sentence order. Cost is linear in the number of tokens (hash look-ups, bounded windows).
 */
public final class SentenceScorer implements Serializable {
    private static final long serialVersionUID = 1L;

    static final double BASELINE = 0.2;
    static final double W_CONFLICT = 0.55;
    static final double W_GPR = 0.2;
    static final double W_NEGATIVE = 0.2;
    static final double W_COOPERATION = 0.3;
    static final double GPR_RATE = 0.5;
    static final double CONFLICT_FLOOR = 0.5;
    /**
     * Two parties acting together on a third ("the United States, Britain and France launched strikes against
     * Syria") cooperate at least as CAMEO's root 05, "engage in diplomatic cooperation" (Goldstein +3.5), does.
     */
    static final double JOINT_ACTION = 3.5;
    static final int WINDOW = 3;
    private static final double VADER_ALPHA = 15.0;
    private static final double[] BOOSTER_DECAY = {1.0, 0.95, 0.9};
    private static final int EXCLUSION_WINDOW = 2;

    private final Lexicons lexicons;

    public SentenceScorer(Lexicons lexicons) {
        this.lexicons = Objects.requireNonNull(lexicons, "lexicons");
    }

    /** Scores one sentence; an empty or cue-free sentence gets tone 0 and tension 0.2. */
    public Cues score(String sentence) {
        return analyse(sentence).cues();
    }

    /**
     * Scores the pair (a, b) of a sentence from what they do to or with each other ({@link Roles}): the sentence's
     * cues, the pair's relation, its source and target (null unless one acts on the other), and the pair's tension.
     * <ul>
     *   <li>{@code adversarial}/{@code cooperative}: the formula over the events that link the two (the others are
     *       about someone else), with the sentence's GPR terms and tone;</li>
     *   <li>{@code co_actors} acting together on a third party: one cooperation event of Goldstein
     *       {@value #JOINT_ACTION} between them;</li>
     *   <li>other {@code co_actors}, {@code listed}, {@code third_party}: the neutral {@value #BASELINE}, since the
     *       sentence's events pass between others;</li>
     *   <li>{@code none} (roles not recognised), and every pair when {@code parties} is empty (relation null):
     *       the sentence's own tension, as before roles existed. Patterns find roles for a minority of pairs; making
     *       every unlinked pair neutral threw away most of the signal (see {@code tools/lexicons/SCORING.md}).</li>
     * </ul>
     *
     * @param parties the entities named in the sentence with their offsets in it (all types, places included)
     */
    public PairScore scorePair(String sentence, List<Party> parties, String a, String b) {
        return sentence(sentence, parties).pair(a, b);
    }

    /**
     * The sentence analysed once (tokens, cues, and the roles of {@code parties}) for scoring each of its pairs with
     * {@link Sentence#pair}: a sentence naming n entities has n(n−1)/2 pairs.
     */
    public Sentence sentence(String sentence, List<Party> parties) {
        Analysis an = analyse(sentence);
        return new Sentence(an, parties.isEmpty() ? null : Roles.of(sentence, an.tokens(), parties, an.events()));
    }

    /** One analysed sentence; immutable. */
    public final class Sentence {
        private final Analysis an;
        private final Roles roles;

        private Sentence(Analysis an, Roles roles) {
            this.an = an;
            this.roles = roles;
        }

        /** The pair's score; see {@link SentenceScorer#scorePair}. */
        public PairScore pair(String a, String b) {
            if (roles == null) {
                return new PairScore(an.cues(), null, null, null, an.cues().tension());
            }
            Roles.Relation r = roles.relate(a, b);
            double tension;
            if (!r.linking().isEmpty()) {
                tension = tension(r.linking(), an.gprTerms(), an.cues().tone());
            } else if (r.actingTogether()) {
                tension = clamp(BASELINE - W_COOPERATION * JOINT_ACTION / 10.0);
            } else if (PairScore.NEUTRAL.contains(r.kind())) {
                tension = BASELINE;
            } else {
                tension = an.cues().tension();
            }
            return new PairScore(an.cues(), r.kind(), r.source(), r.target(), tension);
        }
    }

    /** One sentence's tokens, counted events and GPR terms behind its {@link Cues}. */
    private record Analysis(Tokens tokens, List<Roles.Event> events, int gprTerms, Cues cues) {}

    private Analysis analyse(String sentence) {
        Objects.requireNonNull(sentence, "sentence");
        Tokens t = Tokens.of(sentence);
        List<String> cues = new ArrayList<>();

        List<String> hedgeCues = hedges(t);
        double h = hedgeCues.isEmpty() ? 1.0 : lexicons.hedgeWeight();

        List<Roles.Event> counted = new ArrayList<>();
        EventCode strongest = null;
        boolean[] consumed = new boolean[t.size()];
        EventIndex events = lexicons.events();
        for (int i = 0; i < t.size(); i++) {
            EventIndex.Match m = events.find(t, i, consumed);
            if (m == null) {
                continue;
            }
            for (int p : m.positions()) {
                consumed[p] = true;
            }
            if (m.code().equals(EventIndex.NO_EVENT)) {
                continue;
            }
            EventCode code = lexicons.eventCode(m.code());
            String cue = "event:" + code.code() + " " + surface(t, m.positions());
            if (negated(t, m.verbStart(), true)) {
                cues.add("negated:" + cue);
                continue;
            }
            cues.add(cue);
            counted.add(new Roles.Event(m.positions(), code, h));
            if (strongest == null || Math.abs(code.goldstein()) > Math.abs(strongest.goldstein())) {
                strongest = code;
            }
        }

        int gprTerms = gprTerms(t, cues);
        double tone = tone(t, cues);
        cues.addAll(hedgeCues);
        Cues result = new Cues(tone,
                strongest == null ? null : strongest.goldstein(),
                strongest == null ? null : strongest.quadClass(),
                cues, tension(counted, gprTerms, tone));
        return new Analysis(t, List.copyOf(counted), gprTerms, result);
    }

    /** The formula of the class comment over the given counted events. */
    private static double tension(List<Roles.Event> events, int gprTerms, double tone) {
        double conflictKeep = 1.0;
        double cooperationKeep = 1.0;
        for (Roles.Event e : events) {
            conflictKeep *= 1.0 - e.h() * conflictIntensity(e.code().goldstein());
            cooperationKeep *= 1.0 - e.h() * Math.max(0.0, e.code().goldstein()) / 10.0;
        }
        double conflict = 1.0 - conflictKeep;
        double cooperation = 1.0 - cooperationKeep;
        double gpr = 1.0 - Math.exp(-GPR_RATE * gprTerms);
        double neg = Math.max(0.0, -tone);
        return clamp(BASELINE + W_CONFLICT * conflict + W_GPR * gpr + W_NEGATIVE * neg - W_COOPERATION * cooperation);
    }

    /**
     * How much one conflict event of Goldstein weight g (< 0) adds to the noisy-or: {@value #CONFLICT_FLOOR} for being
     * a conflict event at all, the rest by severity. The event record counts an accusation as one conflict event like
     * an air strike; severity alone (|g|/10) gave an accusation (g = −2) a fifth of an attack's weight.
     */
    static double conflictIntensity(double goldstein) {
        return goldstein < 0 ? CONFLICT_FLOOR + (1 - CONFLICT_FLOOR) * -goldstein / 10.0 : 0.0;
    }

    private List<String> hedges(Tokens t) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            String w = t.words()[i];
            if (lexicons.isHedge(w) && !isMonthMay(t, i)) {
                out.add("hedge:" + w);
            }
        }
        return out;
    }

    /** "May" as a month: capitalised inside the sentence, or first and followed by a number. */
    private static boolean isMonthMay(Tokens t, int i) {
        if (!t.raw()[i].equals("May")) {
            return false;
        }
        return i > 0 || (t.size() > 1 && Character.isDigit(t.raw()[1].charAt(0)));
    }

    /** Whether a negator stands up to {@link #WINDOW} tokens before position i in the same clause. */
    private boolean negated(Tokens t, int i, boolean forEvent) {
        for (int j = i - 1; j >= Math.max(0, i - WINDOW) && t.sameClause(i, j); j--) {
            String w = t.words()[j];
            if (forEvent ? lexicons.isEventNegator(w) : lexicons.isNegator(w)) {
                return true;
            }
        }
        return false;
    }

    private int gprTerms(Tokens t, List<String> cues) {
        List<GprIndex.Hit> hits = new ArrayList<>();
        boolean[] nearExclusion = new boolean[t.size()];
        GprIndex gpr = lexicons.gpr();
        for (int i = 0; i < t.size(); ) {
            GprIndex.Hit hit = gpr.find(t, i);
            if (hit == null) {
                i++;
                continue;
            }
            if (hit.term().in("exclude")) {
                markNear(t, hit, nearExclusion);
            } else {
                hits.add(hit);
            }
            i = hit.end();
        }
        boolean[] live = new boolean[hits.size()];
        boolean disruption = false;
        boolean topic = false;
        for (int k = 0; k < hits.size(); k++) {
            GprIndex.Hit hit = hits.get(k);
            live[k] = !negated(t, hit.start(), false) && !anyMarked(nearExclusion, hit.start(), hit.end());
            disruption |= live[k] && hit.term().in("disruption");
            topic |= live[k] && isTopic(hit.term());
        }
        for (int k = 0; k < hits.size() && disruption && !topic; k++) {
            topic = live[k] && hits.get(k).term().in("peace");
        }
        int n = 0;
        for (int k = 0; k < hits.size(); k++) {
            GprIndex.Hit hit = hits.get(k);
            GprIndex.Term term = hit.term();
            String cue = "gpr:" + term.category() + " " + surface(t, hit.start(), hit.end());
            if (!live[k]) {
                if (negated(t, hit.start(), false)) {
                    cues.add("negated:" + cue);
                }
            } else if (isTopic(term) || (term.in("peace") && disruption) || topic) {
                n++;
                cues.add(cue);
            }
        }
        return n;
    }

    private static boolean isTopic(GprIndex.Term term) {
        return term.in("war") || term.in("military") || term.in("nuclear") || term.in("terror") || term.in("actor");
    }

    private static boolean anyMarked(boolean[] marks, int from, int to) {
        for (int p = from; p < to; p++) {
            if (marks[p]) {
                return true;
            }
        }
        return false;
    }

    /** Marks the positions whose GPR term an exclusion word ("movie", "price war") disqualifies. */
    private static void markNear(Tokens t, GprIndex.Hit exclusion, boolean[] near) {
        int from = Math.max(0, exclusion.start() - EXCLUSION_WINDOW);
        int to = Math.min(t.size() - 1, exclusion.end() - 1 + EXCLUSION_WINDOW);
        for (int p = from; p <= to; p++) {
            near[p] |= t.sameClause(p, exclusion.start());
        }
    }

    private double tone(Tokens t, List<String> cues) {
        double sum = 0.0;
        String[] words = t.words();
        for (int i = 0; i < t.size(); i++) {
            Double base = lexicons.valence(words[i]);
            if (base == null || lexicons.booster(words[i]) != null) {
                continue;
            }
            // VADER: "no" before another lexicon word negates that word instead of counting itself.
            if (words[i].equals("no") && i + 1 < t.size() && t.sameClause(i, i + 1)
                    && lexicons.valence(words[i + 1]) != null) {
                continue;
            }
            double v = base;
            for (int d = 1; d <= WINDOW && i - d >= 0 && t.sameClause(i, i - d); d++) {
                Double b = lexicons.booster(words[i - d]);
                if (b != null) {
                    v += (base < 0 ? -b : b) * BOOSTER_DECAY[d - 1];
                }
            }
            if (negated(t, i, false)) {
                v *= lexicons.negationScalar();
            }
            sum += v;
            cues.add("tone:" + round2(v) + " " + words[i]);
        }
        return sum / Math.sqrt(sum * sum + VADER_ALPHA);
    }

    private static String surface(Tokens t, int[] positions) {
        StringBuilder sb = new StringBuilder();
        for (int p : positions) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(t.words()[p]);
        }
        return sb.toString();
    }

    private static String surface(Tokens t, int from, int to) {
        return String.join(" ", Arrays.asList(t.words()).subList(from, to));
    }

    private static String round2(double v) {
        double r = Math.round(v * 100.0) / 100.0;
        return r == 0.0 ? "0" : Double.toString(r);
    }

    private static double clamp(double x) {
        return Math.max(0.0, Math.min(1.0, x));
    }
}
