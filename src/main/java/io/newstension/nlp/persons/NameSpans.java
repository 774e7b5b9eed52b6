package io.newstension.nlp.persons;

import io.newstension.nlp.Candidate;
import io.newstension.nlp.persons.ArticleTokens.Gap;
import io.newstension.nlp.persons.ArticleTokens.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * Finds the spans of an article that may name a person, before they are linked: full names of the gazetteer
 * (longest alias inside each run of capitalised words), the PER chunks of an external model, and runs of name-like
 * words that a title, a verb of saying or a known given name marks as a person ("Foreign Minister Jane Doe",
 * "Jane Doe said"). Lone name-like words are kept as {@link Kind#SINGLE} for the resolver: a surname or nothing.
 * Words that belong to the name of something else are skipped: before an organisation or place word ("Abu Sayyaf
 * Group", "Karl Marx Avenue"), after a storm or vessel prefix ("Hurricane Maria"), or after "the" with no title.
 */
final class NameSpans {
    /** Longer runs are headlines ("Complete News World Today Live"), not names. */
    private static final int MAX_NAME_WORDS = 4;
    /** The longest alias tried inside a run, in words ("Sergey Viktorovich Lavrov", "Mohammed bin Salman Al Saud"). */
    private static final int MAX_ALIAS_WORDS = 6;

    /** "Ursula von der Leyen", "Mohammed bin Abdul..." hold at most this many particles in a row. */
    private static final int MAX_PARTICLES = 3;
    /** Two syllables joined by a hyphen, the second in lower case: "Ki-moon", "Jong-un", "Myung-bak". */
    private static final Pattern ROMANISED_GIVEN_NAME = Pattern.compile("\\p{Lu}\\p{Ll}{0,4}-\\p{Ll}{1,5}");

    enum Kind { GAZETTEER, FULL, SINGLE }

    /**
     * Tokens [first, last]; {@code person} for a gazetteer alias; {@code method} how it was found (null for a
     * single word that only a resolver can place); {@code titleCue} a title or role phrase next to it.
     */
    record Span(int first, int last, Kind kind, Person person, String method, boolean titleCue, boolean speech,
                boolean external) {}

    private final ArticleTokens t;
    private final PersonIndex index;
    private final boolean[] used;
    private final List<Span> spans = new ArrayList<>();
    /**
     * Normalised full names the model found somewhere in the article. The model reads a name's words once per article
     * ({@code SentenceGate}), so a later "Timur Adeyemi" or "Adeyemi Okafor" (of "Timur Adeyemi Okafor") is found by
     * being the same words.
     */
    private final Set<String> modelNames = new HashSet<>();

    private NameSpans(ArticleTokens t, PersonIndex index) {
        this.t = t;
        this.index = index;
        this.used = new boolean[t.size()];
    }

    static List<Span> find(ArticleTokens t, PersonIndex index, List<Candidate> externalPer) {
        NameSpans finder = new NameSpans(t, index);
        finder.gazetteerNames();
        finder.externalChunks(externalPer);
        finder.nameRuns();
        finder.spans.sort(Comparator.comparingInt(Span::first));
        return finder.spans;
    }

    private void gazetteerNames() {
        for (int k = 0; k < t.size(); ) {
            if (!nameShaped(k)) {
                k++;
                continue;
            }
            int end = runEnd(k, this::nameShaped);
            for (int s = k; s < end; s++) {
                if (index.startsAName(firstNormalizedWord(t.get(s)))) {
                    s = longestAliasFrom(s, end);
                }
            }
            k = end + 1;
        }
    }

    /** Adds the longest alias starting at token {@code s} within the run; returns its last token (or s). */
    private int longestAliasFrom(int s, int runEnd) {
        for (int e = Math.min(runEnd, s + MAX_ALIAS_WORDS - 1); e > s; e--) {
            Optional<Person> person = index.gazetteer.byAlias(t.text.substring(t.get(s).begin(), t.get(e).end()));
            // The Phoenix dictionaries list a few organisations among persons ("Human Rights Watch").
            if (person.isPresent() && !NameWords.NOT_PERSON.contains(t.get(e).lower()) && !partOfOtherName(s, e)) {
                // Some aliases carry a title ("Queen Elizabeth II", "Prince Charles"): the mention is the name.
                int first = s;
                while (first < e && NameWords.TITLES.contains(t.get(first).lower())) {
                    first++;
                }
                add(new Span(first, e, Kind.GAZETTEER, person.get(), PersonFinder.GAZETTEER, false, false, false));
                return e;
            }
        }
        return s;
    }

    private void externalChunks(List<Candidate> externalPer) {
        for (Candidate c : externalPer) {
            int first = 0;
            while (first < t.size() && t.get(first).begin() < c.begin()) {
                first++;
            }
            int last = first - 1;
            while (last + 1 < t.size() && t.get(last + 1).end() <= c.end()) {
                last++;
            }
            // "Warne b Moody" (a score line), "Smith and Jones": a word inside the chunk that cannot be part of a name
            // ends one name and may start another.
            // So does what cannot stand inside a name: "Adam Kokesh\n\nAdam Kokesh" (a byline, then the text),
            // "Yusuf/Cat Stevens" are two mentions each.
            for (int from = first; from <= last; ) {
                int to = from;
                while (to < last && insideAName(to + 1)
                        && (nameWord(to + 1) || NameWords.PARTICLES.contains(t.get(to + 1).lower()))) {
                    to++;
                }
                externalRun(from == first ? beforeInitial(from) : from, to == last ? afterInitial(to) : to, c.method());
                from = to + 1;
            }
        }
    }

    /**
     * What separates token {@code k} from the one before may stand inside a name: spaces, an initial's period ("J.
     * Doe"), the quotation marks of a nickname ('Matiu "Matt" Ratana'); not a line break, a slash, a comma.
     */
    private boolean insideAName(int k) {
        Token previous = t.get(k - 1);
        if (t.get(k).gap() == Gap.SPACE || (t.get(k).gap() == Gap.PERIOD && previous.initial())) {
            return true;
        }
        if (previous.possessive()) {
            return false;
        }
        for (int i = previous.end(); i < t.get(k).begin(); i++) {
            char c = t.text.charAt(i);
            if (c != ' ' && c != '"' && c != '\u201C' && c != '\u201D') {
                return false;
            }
        }
        return true;
    }

    /**
     * The last token of a name whose model chunk ends at an initial: the model often stops at the initial's period
     * ("Pedro R" of "Pedro R. Pierluisi Urrutia", "C.L" of "C.L. Gammon"), the name goes on.
     */
    private int afterInitial(int last) {
        int end = last;
        while (end + 1 < t.size() && t.get(end).initial() && t.get(end + 1).gap() == Gap.PERIOD && nameWord(end + 1)) {
            end++;
            while (end + 1 < t.size() && t.get(end + 1).gap() == Gap.SPACE && nameWord(end + 1)) {
                end++;
            }
        }
        return end;
    }

    /** The first token of a name whose model chunk starts after an initial's period ("Pierluisi Urrutia"). */
    private int beforeInitial(int first) {
        int start = first;
        while (t.get(start).gap() == Gap.PERIOD && t.get(start - 1).initial() && nameWord(start - 1)) {
            start--;
            while (t.get(start).gap() == Gap.SPACE && start > 0 && nameWord(start - 1)) {
                start--;
            }
        }
        return start;
    }

    private void externalRun(int first, int last, String method) {
        while (first <= last && !nameWord(first)) {
            first++;
        }
        while (last >= first && !nameWord(last)) {
            last--;
        }
        if (first > last || anyUsed(first, last) || last - first >= MAX_NAME_WORDS) {
            return;
        }
        if (first == last) {
            // "Volker, the special envoy", "Kokesh said": the model's lone word with the cues of a person.
            boolean title = NameCues.titleBefore(t, first) || NameCues.roleAfter(t, first);
            boolean speech = NameCues.speechAfter(t, first, first) || NameCues.speechBefore(t, first, first);
            add(new Span(first, last, Kind.SINGLE, null, method, title, speech, true));
            return;
        }
        Optional<Person> person = index.gazetteer.byAlias(surface(first, last));
        if (person.isPresent()) {
            add(new Span(first, last, Kind.GAZETTEER, person.get(), PersonFinder.GAZETTEER, false, false, true));
        } else {
            add(new Span(first, last, Kind.FULL, null, method, false, false, true));
            modelNames.add(NameNormalizer.normalize(surface(first, last)));
        }
    }

    private void nameRuns() {
        for (int k = 0; k < t.size(); ) {
            if (!nameWord(k)) {
                k++;
                continue;
            }
            int end = runEnd(k, this::nameWord);
            if (wordsWithoutParticles(k, end) <= MAX_NAME_WORDS) {
                nameRun(k, end);
            }
            k = end + 1;
        }
    }

    private String surface(int first, int last) {
        return t.text.substring(t.get(first).begin(), t.get(last).end());
    }

    private int wordsWithoutParticles(int first, int last) {
        int n = 0;
        for (int k = first; k <= last; k++) {
            n += NameWords.PARTICLES.contains(t.get(k).lower()) ? 0 : 1;
        }
        return n;
    }

    private void nameRun(int first, int last) {
        if (partOfOtherName(first, last)) {
            return;
        }
        for (int from = first; from <= Math.min(first + 1, last - 1); from++) {
            String words = NameNormalizer.normalize(surface(from, last));
            if (modelNames.stream().anyMatch(name -> NameNormalizer.isNameOrItsLastWords(name, words))) {
                add(new Span(from, last, Kind.FULL, null, PersonFinder.COREF, NameCues.titleBefore(t, from),
                        NameCues.speechAfter(t, from, last), false));
                return;  // "Yesterday Timur Adeyemi": the opener stays out as it would for any name
            }
        }
        if (last > first && !index.gazetteer.bySurname(surface(first, last)).isEmpty()) {
            add(new Span(first, last, Kind.SINGLE, null, null, NameCues.titleBefore(t, first),
                    NameCues.speechAfter(t, first, last), false));  // a surname of several words: "Von der Leyen"
            return;
        }
        // "Brett McGurk, who": a relative clause marks a name of two words or more, not "Unlike Senators, who".
        boolean relative = last > first && NameCues.relativeAfter(t, last);
        // "Hunter Biden": a known surname after a word that is not one is a relative, not the surname's owner.
        boolean knownSurname = last > first && isSurname(last) && !isSurname(first);
        // "Yesterday Jane Doe said": a capitalised sentence opener that is no given name is not part of the name.
        // "Park Won-soon said": a surname written before a romanised given name is no opener.
        if (last > first && t.get(first).gap() == Gap.OTHER && !isGivenName(first) && !knownSurname
                && !romanisedGivenName(t.get(first + 1).word())) {
            first++;
        }
        first = givenNameStart(first, last);
        if (last > first && !t.get(last).initial()) {
            boolean title = NameCues.titleBefore(t, first) || NameCues.roleAfter(t, last) || relative;
            if (!title && determined(first)) {
                return;  // "the Legislative Yuan", "The Abu Sayyaf Group": a name with an article is no person's
            }
            boolean speech = NameCues.speechAfter(t, first, last) || NameCues.speechBefore(t, first, last);
            String method = title ? PersonFinder.TITLE_CUE : speech ? PersonFinder.SPEECH_VERB
                    : isGivenName(first) || (knownSurname && !quoted(first)) ? PersonFinder.NAME_PATTERN : null;
            if (method != null) {
                add(new Span(first, last, Kind.FULL, null, method, title, speech, false));
                return;
            }
        }
        // No evidence for a full name: each word may still be the surname of someone named in full elsewhere.
        for (int k = first; k <= last; k++) {
            if (!t.get(k).initial() && !NameWords.PARTICLES.contains(t.get(k).lower())
                    && !NameWords.endsAName(t.get(k).lower())) {
                // "Officially, the monarch ...", "Namely, President Erdogan said": a lone word opening its sentence
                // before a comma is an adverb far more often than a bare surname with its role.
                boolean opener = first == last && t.get(k).gap() == Gap.OTHER;
                boolean title = NameCues.titleBefore(t, k)
                        || (k == last && !opener && (NameCues.roleAfter(t, k) || relative));
                boolean speech = (k == last && NameCues.speechAfter(t, first, k))
                        || (k == first && NameCues.speechBefore(t, k, last));
                add(new Span(k, k, Kind.SINGLE, null, null, title, speech, false));
            }
        }
    }

    /**
     * True if the words [first, last] belong to the name of something else: followed by a capitalised word of an
     * organisation or place ("Abu Sayyaf Group", "Western Mindanao Command", "al-Masirah TV", "Qaboos Grand
     * Mosque"), or named after a person ("Hurricane Maria", "MV Professor Albrecht Penck": titles are skipped).
     */
    private boolean partOfOtherName(int first, int last) {
        Token before = t.sameSentence(first - 1, first);
        if (before != null && t.get(first).gap() == Gap.SPACE && NameWords.ORGANISATION_NOUNS.contains(before.word())) {
            return true;  // "software company Red Hat announced", "rock band Van Halen"
        }
        Token next = t.sameSentence(last + 1, last);
        if (next != null && !t.get(last).possessive() && next.gap() == Gap.SPACE
                && Character.isUpperCase(next.word().codePointAt(0)) && NameWords.NOT_PERSON.contains(next.lower())) {
            return true;
        }
        for (int k = first; k > 0 && t.get(k).gap() == Gap.SPACE; k--) {
            Token prev = t.sameSentence(k - 1, k);
            if (prev == null || !Character.isUpperCase(prev.word().codePointAt(0))) {
                return false;
            }
            if (NameWords.NAMED_AFTER.contains(prev.lower())) {
                return true;
            }
            if (!NameWords.TITLES.contains(prev.lower())) {
                return false;
            }
        }
        return false;
    }

    /** True if a quotation mark opens right before token {@code k}: "Witch Hunt" is a phrase, not Mr. Hunt. */
    private boolean quoted(int k) {
        int at = t.get(k).begin();
        return at > 0 && "\"\u201C\u2018'".indexOf(t.text.charAt(at - 1)) >= 0;
    }

    /** True if "the" comes right before token {@code first}: "the Legislative Yuan". */
    private boolean determined(int first) {
        Token prev = t.sameSentence(first - 1, first);
        return prev != null && t.get(first).gap() == Gap.SPACE && prev.lower().equals("the");
    }

    /**
     * Where the name starts in a run of three or more words whose first word is no given name but a later one is,
     * with no name particle before it: "Koszalin Piotr Jedlinski" (after "Mayor of"), "Represenative Adam Schiff".
     */
    private int givenNameStart(int first, int last) {
        if (last - first < 2 || isGivenName(first) || NameWords.PARTICLES.contains(t.get(first).lower())) {
            return first;  // "Abu Mahdi al-Muhandis" keeps its "Abu"
        }
        for (int k = first + 1; k < last; k++) {
            if (NameWords.PARTICLES.contains(t.get(k).lower())) {
                return first;
            }
            if (isGivenName(k)) {
                return k;
            }
        }
        return first;
    }

    /**
     * The last token of the run starting at {@code start}: tokens accepted by {@code member}, separated by spaces
     * (or the period of an initial), with name particles between members; a possessive ends the run.
     */
    private int runEnd(int start, IntPredicate member) {
        int j = start;
        while (j + 1 < t.size() && !t.get(j).possessive()) {
            Token next = t.get(j + 1);
            boolean joined = next.gap() == Gap.SPACE || (next.gap() == Gap.PERIOD && t.get(j).initial());
            if (!joined) {
                break;
            }
            if (member.test(j + 1)) {
                j++;
                continue;
            }
            int p = j + 1;
            // A particle already in another span ("Abu" as a model's PER chunk) cannot join two words into one name.
            while (p < t.size() && p - j <= MAX_PARTICLES && t.get(p).gap() == Gap.SPACE && !used[p]
                    && NameWords.PARTICLES.contains(t.get(p).lower())) {
                p++;
            }
            if (p == j + 1 || p >= t.size() || t.get(p).gap() != Gap.SPACE || !member.test(p)) {
                break;
            }
            j = p;
        }
        return j;
    }

    private void add(Span span) {
        spans.add(span);
        for (int k = span.first(); k <= span.last(); k++) {
            used[k] = true;
        }
    }

    private boolean anyUsed(int first, int last) {
        for (int k = first; k <= last; k++) {
            if (used[k]) {
                return true;
            }
        }
        return false;
    }

    /** A capitalised word that may belong to a person's name: not a country, title, month, function word... */
    private boolean nameWord(int k) {
        Token tok = t.get(k);
        return !used[k] && nameShaped(k) && !tok.country()
                && (!NameWords.neverInName(tok.lower()) || nextToParticle(k) || beforeRomanisedGivenName(k));
    }

    /**
     * "Qaboos bin Said", "Haitham bin Tariq Al Said", "Sultan Said bin Taimur": next to a name particle inside a
     * sentence, a capitalised "Said" is a name, not a verb.
     */
    private boolean nextToParticle(int k) {
        if (t.get(k).gap() != Gap.SPACE || !NameWords.FUNCTION.contains(t.get(k).lower())) {
            return false;
        }
        Token prev = t.sameSentence(k - 1, k);
        Token next = t.sameSentence(k + 1, k);
        return (prev != null && NameWords.PARTICLES.contains(prev.lower()))
                || (next != null && next.gap() == Gap.SPACE && NameWords.PARTICLES.contains(next.word()));
    }

    /** "Park Won-soon", "Park Geun-hye": a place or organisation word that stands as the surname before one. */
    private boolean beforeRomanisedGivenName(int k) {
        Token next = t.sameSentence(k + 1, k);
        return next != null && next.gap() == Gap.SPACE && !NameWords.TITLES.contains(t.get(k).lower())
                && !NameWords.FUNCTION.contains(t.get(k).lower()) && romanisedGivenName(next.word());
    }

    private static boolean romanisedGivenName(String word) {
        return ROMANISED_GIVEN_NAME.matcher(word).matches()
                && !NameWords.COMPOUND_TAILS.contains(word.substring(word.indexOf('-') + 1));
    }

    private boolean isSurname(int k) {
        return !index.gazetteer.bySurname(t.get(k).word()).isEmpty();
    }

    private boolean isGivenName(int k) {
        return index.isGivenName(firstNormalizedWord(t.get(k)));
    }

    /**
     * Written like a name: a capital then at least one lower-case letter ("Lavrov", "McCain", "Jean-Yves",
     * "O'Neal", "al-Assad"), a romanised Korean or Chinese given name ("Ki-moon", "Jong-un", "Ing-wen"), a single
     * capital (an initial), or a regnal number after such a word. "NATO", "US-led", "Kremlin-backed" and "Two-day"
     * are not.
     */
    private boolean nameShaped(int k) {
        Token tok = t.get(k);
        if (tok.sentence() < 0) {
            return false;
        }
        String w = tok.word();
        int hyphen = w.indexOf('-');
        if (hyphen < 0) {
            return capitalisedPart(w) || regnalNumber(k);
        }
        if (romanisedGivenName(w)) {
            return true;
        }
        String[] parts = w.split("-");
        boolean particleHead = NameWords.PARTICLES.contains(parts[0].toLowerCase(java.util.Locale.ROOT));
        for (int i = 0; i < parts.length; i++) {
            if (!capitalisedPart(parts[i]) && !(i == 0 && particleHead)) {
                return false;
            }
        }
        return true;
    }

    /** "Elizabeth II", "Benedict XVI": a regnal number in capitals right after a capitalised word is in the name. */
    private boolean regnalNumber(int k) {
        Token tok = t.get(k);
        Token prev = t.sameSentence(k - 1, k);
        return tok.gap() == Gap.SPACE && prev != null && capitalisedPart(prev.word())
                && NameWords.REGNAL_NUMBERS.contains(tok.lower())
                && tok.word().equals(tok.lower().toUpperCase(java.util.Locale.ROOT));
    }

    private static boolean capitalisedPart(String w) {
        if (w.isEmpty()) {
            return false;
        }
        int first = w.codePointAt(0);
        if (!Character.isUpperCase(first) && !Character.isTitleCase(first)) {
            return false;
        }
        if (w.length() == Character.charCount(first)) {
            return true;
        }
        for (int i = Character.charCount(first); i < w.length(); i++) {
            if (Character.isLowerCase(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static String firstNormalizedWord(Token tok) {
        String normalized = NameNormalizer.normalize(tok.word());
        int space = normalized.indexOf(' ');
        return space < 0 ? normalized : normalized.substring(0, space);
    }
}
