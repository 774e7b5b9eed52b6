package io.newstension.score;

import static io.newstension.score.PairScore.*;

import io.newstension.comention.Party;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who acts on whom in one sentence, without a parser: for each counted event cue, its source (actor) and target
 * parties from word patterns around the verb. Pure Java.
 *
 * <ul>
 *   <li><i>Source</i>: the parties in the subject span, i.e. before the verb in its clause, back to the clause start,
 *       an earlier event verb or a clause-opening word ("that", "after", "said", ...). A mention inside a possessive
 *       or a demonym counts as its country ("Russia's army", "Iranian officials"); the tokeniser keeps "Russia's" one
 *       token, and the gazetteer already links "Iranian" to IRN. Parties right after "with", "against", "on", "to"
 *       or "between" in that span are obliques, not subjects. A verb after "to" right after an event ("threatens to
 *       attack") without a subject of its own takes that event's sources.</li>
 *   <li><i>Target</i>: the first party after the verb in its clause (within {@value #TARGET_WINDOW} tokens) that is
 *       not a source: the object ("accuses the United States"), or after "against", "on", "with", "to".</li>
 *   <li><i>Passive</i>: a verb right after "was/were/is/are/been/being" takes its subject span as target and a party
 *       after "by" as source ("Ukraine was attacked by Russia").</li>
 *   <li><i>Coordination</i>: parties joined by "and", "or" or commas ("the United States, Britain and France")
 *       take the same role together: co-actors. "between X and Y" without a subject makes X and Y each other's
 *       source and target.</li>
 *   <li><i>Venues</i>: a party after a place preposition ("in", "across", "throughout", "at", "near", possibly
 *       through "parts of", "the", "northern") names where something happened and is no subject or object; the
 *       parties coordinated after it are venues too ("in parts of France and the United Kingdom"). When an event has
 *       a party as source and no other target, the first venue after it is its target ("U.S. forces killed five
 *       militants in Syria"): acting in a country is acting on it, as event records code it.</li>
 * </ul>
 *
 * <p>A pair's relation ({@link #relate}): {@code adversarial} when a counted conflict event (quad class 3-4) has one
 * as source and the other as target, else {@code cooperative} when a cooperation event does; {@code co_actors} when
 * they share a side of an event whose other side is a third party; {@code listed} when both are only venues or both
 * are in a list of three or more; {@code third_party} when one of them is source or target of an event whose other
 * side is a third party (the sentence's events pass between others); otherwise {@code none}.
 */
final class Roles {
    static final int TARGET_WINDOW = 12;

    private static final Set<String> CLAUSE_OPENERS = Set.of("that", "which", "who", "whom", "whose", "after",
            "before", "when", "while", "whereas", "as", "because", "since", "if", "although", "though", "said", "says",
            "say", "told", "tells", "according");
    private static final Set<String> OBLIQUES = Set.of("with", "against", "on", "to", "between", "by");
    private static final Set<String> BE = Set.of("was", "were", "is", "are", "been", "being", "be");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "across", "throughout", "at", "near",
            "inside", "within", "around");
    /** Words that may stand between a place preposition and the place: "in parts of northern France". */
    private static final Set<String> PLACE_FILLERS = Set.of("the", "of", "parts", "part", "much", "most", "all",
            "areas", "regions", "northern", "southern", "eastern", "western", "central", "north", "south", "east",
            "west", "coastal", "rural", "several", "some", "many", "other");
    /** Text between two coordinated parties: commas, dashes ("the Canada–United States border"), "and", "or", ... */
    private static final Pattern COORDINATION = Pattern.compile(
            "(?i)^(?:[\\s,&\\-–—/]|\\band\\b|\\bor\\b|\\bthe\\b|\\bas well as\\b|\\bboth\\b)*$");

    /** A counted event cue: the token positions it covers (verb first), its code and hedge weight h. */
    record Event(int[] positions, EventCode code, double h) {
        int verb() {
            return positions[0];
        }

        boolean conflict() {
            return code.goldstein() < 0;
        }
    }

    /** The parties of one event, as indices into the party list; {@code mutual} for "between X and Y". */
    record EventRoles(Event event, BitSet sources, BitSet targets, boolean mutual) {}

    /**
     * A pair's relation in the sentence. {@code linking} are the counted events with one as source and the other as
     * target; {@code source}/{@code target} are the entity ids of the strongest of them (null when it is mutual or
     * there is none); {@code actingTogether}: co-actors who are both sources of an event on a third party.
     */
    record Relation(String kind, String source, String target, List<Event> linking, boolean actingTogether) {}

    private final List<Party> parties;
    private final boolean[] venue;
    private final int[] group;
    private final int[] groupSize;
    private final List<EventRoles> roles;

    private Roles(List<Party> parties, boolean[] venue, int[] group, int[] groupSize, List<EventRoles> roles) {
        this.parties = parties;
        this.venue = venue;
        this.group = group;
        this.groupSize = groupSize;
        this.roles = roles;
    }

    /** Roles of the given events; parties whose offsets lie outside the sentence are ignored. */
    static Roles of(String sentence, Tokens t, List<Party> given, List<Event> events) {
        List<Party> parties = new ArrayList<>();
        for (Party p : given) {
            if (p.end() <= sentence.length() && t.tokenAt(p.begin()) < t.size()) {
                parties.add(p);
            }
        }
        parties.sort(java.util.Comparator.comparingInt(Party::begin).thenComparingInt(Party::end)
                .thenComparing(Party::entityId));
        int n = parties.size();
        int[] first = new int[n];
        int[] last = new int[n];
        for (int i = 0; i < n; i++) {
            first[i] = t.tokenAt(parties.get(i).begin());
            last[i] = Math.max(first[i], t.tokenAt(parties.get(i).end() - 1));
        }
        int[] group = new int[n];
        int[] groupSize = new int[n];
        for (int i = 0; i < n; i++) {
            group[i] = i > 0 && coordinated(sentence, parties.get(i - 1), parties.get(i)) ? group[i - 1] : i;
            groupSize[group[i]]++;
        }
        for (int i = 0; i < n; i++) {
            groupSize[i] = groupSize[group[i]];
        }
        boolean[] venue = new boolean[n];
        for (int i = 0; i < n; i++) {
            venue[i] = group[i] == i ? placePreposition(t, first[i]) : venue[group[i]];
        }
        BitSet eventTokens = new BitSet();
        for (Event e : events) {
            eventTokens.set(e.verb());
        }
        List<EventRoles> roles = new ArrayList<>();
        for (Event e : events) {
            roles.add(rolesOf(t, e, first, group, venue, eventTokens, roles));
        }
        return new Roles(List.copyOf(parties), venue, group, groupSize, roles);
    }

    private static EventRoles rolesOf(Tokens t, Event e, int[] first, int[] group, boolean[] venue, BitSet eventTokens,
                                      List<EventRoles> earlier) {
        int v = e.verb();
        int spanStart = v;
        while (spanStart > 0 && t.sameClause(spanStart - 1, v) && !eventTokens.get(spanStart - 1)
                && !CLAUSE_OPENERS.contains(t.words()[spanStart - 1])) {
            spanStart--;
        }
        BitSet subject = new BitSet();
        for (int i = 0; i < first.length; i++) {
            if (!venue[i] && first[i] >= spanStart && first[i] < v && !after(t, first[i], OBLIQUES)) {
                subject.set(i);
            }
        }
        subject = withGroups(subject, group, venue);
        if (subject.isEmpty() && v >= 2 && t.words()[v - 1].equals("to") && t.sameClause(v - 2, v)) {
            // "threatens to attack": the second verb's actor is the first one's.
            for (EventRoles r : earlier) {
                if (r.event().positions()[r.event().positions().length - 1] == v - 2 && !r.mutual()) {
                    subject = (BitSet) r.sources().clone();
                }
            }
        }
        int end = e.positions()[e.positions().length - 1];
        BitSet object = new BitSet();
        BitSet agent = new BitSet();
        boolean mutual = false;
        for (int i = 0; i < first.length; i++) {
            int p = first[i];
            if (venue[i] || subject.get(i) || p <= end || p > end + TARGET_WINDOW || !t.sameClause(p, v)
                    || openerBetween(t, end, p)) {
                continue;
            }
            if (after(t, p, Set.of("by"))) {
                agent.set(i);
            } else if (object.isEmpty()) {
                object.set(i);
                mutual = after(t, p, Set.of("between"));
            }
        }
        object = withGroups(object, group, venue);
        agent = withGroups(agent, group, venue);
        if (object.isEmpty() && agent.isEmpty() && !subject.isEmpty() && !passive(t, v)) {
            object = venueTarget(t, e, first, group, venue, v, end);
        }
        if (mutual && subject.isEmpty()) {
            // "Fighting broke out between Armenia and Azerbaijan"; with a subject ("China condemns the alliance
            // between the United States, the United Kingdom and Australia") the subject acts on them all.
            return new EventRoles(e, object, object, true);
        }
        if (passive(t, v)) {
            return new EventRoles(e, agent, subject, false);
        }
        return new EventRoles(e, subject, object, false);
    }

    /**
     * The first venue after the event in its clause, with the venues coordinated with it: where a party acts without
     * an object ("U.S. forces killed five militants in northern Syria"), the place it acts in is what it acts on, as
     * event records code it.
     */
    private static BitSet venueTarget(Tokens t, Event e, int[] first, int[] group, boolean[] venue, int v, int end) {
        BitSet out = new BitSet();
        for (int i = 0; i < first.length; i++) {
            int p = first[i];
            if (venue[i] && p > end && p <= end + TARGET_WINDOW && t.sameClause(p, v) && !openerBetween(t, end, p)) {
                for (int j = 0; j < group.length; j++) {
                    if (group[j] == group[i]) {
                        out.set(j);
                    }
                }
                return out;
            }
        }
        return out;
    }

    /** The pair's relation; see the class comment. */
    Relation relate(String a, String b) {
        List<Event> linking = new ArrayList<>();
        EventRoles strongest = null;
        boolean aToB = false;
        boolean withThirdParty = false;
        boolean sameSide = false;
        boolean actingTogether = false;
        for (EventRoles r : roles) {
            boolean ab = standsFor(r.sources(), a) && standsFor(r.targets(), b);
            boolean ba = standsFor(r.sources(), b) && standsFor(r.targets(), a);
            if (ab || ba) {
                linking.add(r.event());
                if (strongest == null || Math.abs(r.event().code().goldstein())
                        > Math.abs(strongest.event().code().goldstein())) {
                    strongest = r;
                    aToB = ab && !r.mutual();
                }
            } else if (standsFor(r.sources(), a) && standsFor(r.sources(), b) && !r.targets().isEmpty()) {
                // Co-actors face a third party; "Russia and Ukraine" alone around a conflict verb may be its two sides.
                sameSide = true;
                actingTogether = true;
            } else if (standsFor(r.targets(), a) && standsFor(r.targets(), b) && !r.sources().isEmpty()) {
                sameSide = true;
            } else {
                boolean source = standsFor(r.sources(), a) || standsFor(r.sources(), b);
                boolean target = standsFor(r.targets(), a) || standsFor(r.targets(), b);
                withThirdParty |= (source && !r.targets().isEmpty()) || (target && !r.sources().isEmpty());
            }
        }
        if (strongest != null) {
            boolean conflict = linking.stream().anyMatch(Event::conflict);
            String source = strongest.mutual() ? null : aToB ? a : b;
            String target = strongest.mutual() ? null : aToB ? b : a;
            return new Relation(conflict ? ADVERSARIAL : COOPERATIVE, source, target, List.copyOf(linking), false);
        }
        if (sameSide) {
            return new Relation(CO_ACTORS, null, null, List.of(), actingTogether);
        }
        if ((onlyVenue(a) && onlyVenue(b)) || inOneList(a, b)) {
            return new Relation(LISTED, null, null, List.of(), false);
        }
        return new Relation(withThirdParty ? THIRD_PARTY : NONE, null, null, List.of(), false);
    }

    private boolean standsFor(BitSet set, String entity) {
        for (int i = set.nextSetBit(0); i >= 0; i = set.nextSetBit(i + 1)) {
            if (parties.get(i).standsFor(entity)) {
                return true;
            }
        }
        return false;
    }

    /** Whether every mention of the entity in the sentence is a venue (and there is one). */
    private boolean onlyVenue(String entity) {
        boolean any = false;
        for (int i = 0; i < parties.size(); i++) {
            if (parties.get(i).entityId().equals(entity)) {
                if (!venue[i]) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** Whether both are named in one list of three or more. */
    private boolean inOneList(String a, String b) {
        for (int i = 0; i < parties.size(); i++) {
            for (int j = 0; j < parties.size(); j++) {
                if (group[i] == group[j] && groupSize[i] >= 3 && parties.get(i).entityId().equals(a)
                        && parties.get(j).entityId().equals(b)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static BitSet withGroups(BitSet set, int[] group, boolean[] venue) {
        BitSet out = (BitSet) set.clone();
        for (int i = set.nextSetBit(0); i >= 0; i = set.nextSetBit(i + 1)) {
            for (int j = 0; j < group.length; j++) {
                if (group[j] == group[i] && !venue[j]) {
                    out.set(j);
                }
            }
        }
        return out;
    }

    private static boolean coordinated(String sentence, Party left, Party right) {
        if (right.begin() < left.end()) {
            return true;
        }
        return COORDINATION.matcher(sentence.substring(left.end(), right.begin())).matches();
    }

    /** Whether the token before position p (skipping "the") is one of the words. */
    private static boolean after(Tokens t, int p, Set<String> words) {
        int q = p - 1;
        while (q >= 0 && t.words()[q].equals("the") && t.sameClause(q, p)) {
            q--;
        }
        return q >= 0 && t.sameClause(q, p) && words.contains(t.words()[q]);
    }

    private static boolean placePreposition(Tokens t, int p) {
        int q = p - 1;
        while (q >= 0 && t.sameClause(q, p) && PLACE_FILLERS.contains(t.words()[q])) {
            q--;
        }
        return q >= 0 && t.sameClause(q, p) && PLACE_PREPOSITIONS.contains(t.words()[q]);
    }

    private static boolean passive(Tokens t, int v) {
        for (int q = v - 1; q >= Math.max(0, v - 2) && t.sameClause(q, v); q--) {
            if (BE.contains(t.words()[q])) {
                return true;
            }
        }
        return false;
    }

    private static boolean openerBetween(Tokens t, int from, int to) {
        for (int q = from + 1; q < to; q++) {
            if (CLAUSE_OPENERS.contains(t.words()[q])) {
                return true;
            }
        }
        return false;
    }
}
