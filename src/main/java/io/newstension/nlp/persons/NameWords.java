package io.newstension.nlp.persons;

import java.util.Set;

/**
 * Word lists that decide whether a capitalised word can be part of a person's name and which words around a name
 * are cues. All entries are lower case; callers look up {@code word.toLowerCase(Locale.ROOT)}.
 */
public final class NameWords {
    private NameWords() {}

    /** True for a word that is capitalised for another reason than being a name: "The", "Monday", "President". */
    public static boolean neverAName(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        return FUNCTION.contains(lower) || CALENDAR.contains(lower) || TITLES.contains(lower);
    }

    /** Capitalised only because they start a sentence or a headline word: "Even Lavrov said", "Meanwhile". */
    static final Set<String> FUNCTION = Set.of(
            "the", "a", "an", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "from", "with", "without", "by",
            "for", "as", "into", "over", "under", "after", "before", "since", "until", "against", "between", "among",
            "about", "across", "through", "toward", "towards", "via", "near", "beyond", "within", "including", "like",
            "unlike", "than", "that", "this", "these", "those", "which", "who", "whom", "whose", "what", "when", "where",
            "while", "why", "how", "if", "whether", "both", "either", "neither", "all", "each", "every", "some", "many",
            "most", "more", "less", "only", "even", "also", "then", "now", "so", "yet", "still", "just", "not", "no",
            "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "should",
            "may", "might", "must", "do", "does", "did", "it", "its", "he", "she", "they", "we", "i", "you", "his",
            "her", "their", "our", "my", "your", "him", "them", "us", "me", "there", "here", "meanwhile", "however",
            "moreover", "furthermore", "nevertheless", "although", "though", "because", "despite", "during", "shortly",
            "according", "yesterday", "today", "tomorrow", "tonight", "last", "next", "earlier", "later", "once",
            "other", "another", "such", "much", "few", "several", "any", "none", "one", "two", "three", "first",
            "second", "third", "new", "old", "former", "latest", "breaking", "update", "live", "read", "watch", "see",
            "photo", "video", "opinion", "analysis", "editorial", "comment", "exclusive", "report", "reports", "says",
            "said", "say", "asked", "told", "warns", "urges", "calls", "rejects", "condemns", "welcomes", "signs",
            "hosts", "denies", "accuses", "agrees", "meets", "visits", "slams", "backs", "vows", "dear", "thank",
            "thanks", "please", "yes", "mr", "mrs", "ms", "miss", "dr", "prof", "sir");

    /**
     * Second parts of English compounds that look like a romanised given name ("Two-day", "Anti-war", "Year-end"):
     * a capitalised syllable, a hyphen and a short lower-case one.
     */
    static final Set<String> COMPOUND_TAILS = Set.of(
            "day", "days", "week", "month", "year", "years", "hour", "end", "term", "time", "known", "rule", "war",
            "wife", "op", "stop", "level", "cost", "line", "lines", "ever", "elect", "led", "run", "based", "born",
            "old", "long", "wide", "free", "like", "made", "up", "out", "over", "back", "hand", "style", "type",
            "class", "way", "side", "law", "party", "state", "owned", "held", "hit", "off", "down", "to",
            "the", "a", "and", "or", "of", "for", "with", "by", "at", "all", "man", "men", "woman", "women",
            "child", "high", "low", "round", "scale", "sized", "size", "shot", "star", "seat", "vote", "votes",
            "point", "goal", "goals", "game", "games", "match", "set", "sets", "page", "mile", "miles", "foot",
            "feet", "inch", "metre", "meter", "storey", "story", "fold", "half", "third", "price", "rate", "tax");

    static final Set<String> CALENDAR = Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "june", "july", "august", "september", "october", "november", "december", "jan", "feb",
            "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "christmas", "easter", "ramadan",
            "eid", "spring", "summer", "autumn", "winter", "week");

    /** Titles and offices: never part of a name, and a cue when written right before one ("President Biden"). */
    static final Set<String> TITLES = Set.of(
            "president", "vice", "prime", "minister", "ministers", "secretary", "state", "foreign", "defence", "defense",
            "interior", "finance", "chancellor", "premier", "king", "queen", "prince", "princess", "crown", "sheikh",
            "emir", "ayatollah", "pope", "cardinal", "bishop", "archbishop", "senator", "sen", "rep", "representative",
            "congressman", "congresswoman", "governor", "gov", "mayor", "general", "gen", "lieutenant", "lt", "colonel",
            "col", "major", "maj", "captain", "capt", "admiral", "adm", "commander", "marshal", "sergeant", "sgt",
            "chief", "deputy", "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "speaker", "chairman",
            "chairwoman", "chair", "director", "judge", "justice", "attorney", "mr", "mrs", "ms", "miss", "dr", "prof",
            "professor", "sir", "dame", "lord", "lady", "saint", "st", "rev", "reverend", "imam", "rabbi", "sultan",
            "tsar", "czar", "leader", "opposition", "opponent", "acting", "former", "senior", "high", "commissioner",
            "head", "supreme", "top", "chancellery", "officer", "executive", "coach", "secretary-general", "mp", "mep",
            "superintendent", "inspector", "commandant", "sheriff", "detective", "constable", "corporal", "brigadier",
            "whip", "majority", "minority", "taoiseach", "chairperson", "councillor", "councilor", "president-elect",
            "assemblyman", "assemblywoman", "assemblymember", "councilman", "councilwoman", "councilmember", "alderman",
            "swami");

    /**
     * Title words that only qualify the office after them ("Defence Minister", "State Fire Brigade", "high Crimes"):
     * written right before a capitalised word they are no sign that it is a name.
     */
    static final Set<String> TITLE_MODIFIERS = Set.of(
            "vice", "prime", "state", "foreign", "defence", "defense", "interior", "finance", "crown", "acting",
            "former", "senior", "high", "supreme", "top", "opposition", "majority", "minority", "deputy", "executive",
            "chancellery", "head", "chief");

    /** Modifiers that end the name of an office after "of": "Secretary of State X", "Minister of Defence X". */
    static final Set<String> PORTFOLIOS = Set.of("state", "foreign", "defence", "defense", "interior", "finance");

    /** Role nouns written in lower case that introduce or describe a person: "Kremlin opponent X", "X, the envoy". */
    static final Set<String> ROLES = Set.of(
            "president", "minister", "secretary", "chancellor", "premier", "diplomat", "leader", "opponent", "critic",
            "dissident", "activist", "spokesman", "spokeswoman", "spokesperson", "envoy", "ambassador", "official",
            "adviser", "advisor", "aide", "general", "commander", "chief", "head", "governor", "mayor", "senator",
            "lawmaker", "legislator", "king", "queen", "prince", "emir", "sheikh", "ayatollah", "judge", "prosecutor",
            "negotiator", "representative", "counterpart", "politician", "candidate", "journalist", "reporter",
            "correspondent", "analyst", "professor", "economist", "author", "writer", "lawyer", "director", "chairman",
            "chairwoman", "speaker", "dictator", "ruler", "monarch", "commissioner", "colonel", "officer", "mp",
            "founder", "ceo", "businessman", "businesswoman", "oligarch", "tycoon", "billionaire", "banker", "spy",
            "general-secretary", "secretary-general", "strongman", "member", "councillor", "nominee", "resident",
            "student", "researcher", "photographer", "photojournalist", "editor", "superintendent", "inspector",
            "wife", "husband", "widow", "widower", "son", "daughter", "father", "mother", "brother", "sister",
            "fiancée", "fiancee", "fiancé", "fiance");

    /** Words that may sit between a country and a name in a role phrase: "US Secretary of State", "the chief Russian diplomat". */
    static final Set<String> ROLE_GLUE = Set.of(
            "of", "the", "a", "an", "for", "top", "chief", "former", "then", "deputy", "foreign", "defence", "defense",
            "interior", "finance", "economy", "state", "prime", "vice", "acting", "senior", "opposition", "affairs",
            "national", "security", "trade", "justice", "health", "energy", "first", "lady", "new", "incoming",
            "outgoing", "longtime", "veteran", "jailed", "exiled", "imprisoned", "late", "leading", "prominent");

    /** Verbs of saying next to a name: "X Y said", "said X Y", "X Y told". */
    static final Set<String> SPEECH_AFTER = Set.of(
            "said", "says", "told", "tells", "added", "adds", "stated", "states", "asked", "asks", "wrote", "writes",
            "tweeted", "declared", "insisted", "warned", "stressed", "emphasized", "emphasised", "explained", "noted",
            "argued", "replied", "responded", "claimed", "acknowledged", "announced", "urged", "admitted", "confirmed",
            "denied", "recalled", "quipped", "posted", "commented");
    static final Set<String> SPEECH_BEFORE = Set.of("said", "says", "told", "added", "asked", "wrote", "by");
    /** Words that may follow the speaker of "..., said X Y on Tuesday": time, place, manner, a role apposition. */
    static final Set<String> AFTER_SPEAKER = Set.of(
            "on", "in", "at", "to", "during", "after", "before", "when", "while", "last", "this", "from", "of", "as",
            "via", "through", "earlier", "later", "yesterday", "today", "tonight", "recently", "afterwards", "and");
    /**
     * Prepositions whose object is not the subject of a following verb of saying: in "the chief officer of Red Hat
     * said" or "the Center for Biological Diversity said" the speaker is the noun before the preposition.
     */
    static final Set<String> SPEAKER_NOT_AFTER = Set.of(
            "of", "for", "at", "from", "on", "in", "with", "near", "against", "behind");

    /** Nouns, in lower case, that name the kind of a following organisation: "software company Red Hat", "rock band X". */
    static final Set<String> ORGANISATION_NOUNS = NameBlockers.words(NameBlockers.BEFORE_NAME);

    /** Words of organisations, places, events and teams: a run holding one is not a person ("Nord Stream Pipeline"). */
    static final Set<String> NOT_PERSON = NameBlockers.words(NameBlockers.IN_NAME);

    /**
     * Capitalised words that start the name of a storm, a vessel or a place named after a person ("Hurricane
     * Maria", "MV Professor Albrecht Penck", "Mount Everest"): the name that follows is not a person.
     */
    static final Set<String> NAMED_AFTER = Set.of(
            "hurricane", "typhoon", "cyclone", "storm", "mount", "fort", "cape", "lake", "camp", "operation", "mv",
            "hms", "uss", "rv", "hmas", "hmcs");

    /** Prepositions of place: a name written right after one, with no other sign of a person, is a place. */
    static final Set<String> LOCATIVE = Set.of("in", "at", "near", "into", "outside", "inside", "around", "across");

    /** Lower-case name particles that may sit inside a name: "Ursula von der Leyen", "Mohammed bin Salman". */
    static final Set<String> PARTICLES = Set.of(
            "von", "van", "der", "den", "de", "da", "di", "du", "del", "della", "la", "le", "bin", "ibn", "bint", "al",
            "el", "dos", "das", "ter", "y", "zu", "af", "ben", "abu", "ul", "dela", "delos");

    /** Generational suffixes that end a name: "Martin Luther King Jr.", "Cyrus R. Vance, Jr.". */
    static final Set<String> SUFFIXES = Set.of("jr", "sr");

    /** Regnal numbers written after a monarch's or pope's name: "Elizabeth II", "Mohammed VI" (not I, V, X: initials). */
    static final Set<String> REGNAL_NUMBERS = Set.of(
            "ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix",
            "xx");

    /** A generational suffix or a regnal number (lower case): it ends a name ("Jr", "II") and is never a name alone. */
    static boolean endsAName(String lower) {
        return SUFFIXES.contains(lower) || REGNAL_NUMBERS.contains(lower);
    }

    /** Abbreviated titles written with a period: "Mr. Lavrov". */
    static final Set<String> HONORIFICS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "maj", "capt", "adm", "sgt", "st",
            "rev", "pres");

    /** Role nouns of family ties: they mark a person ("his widow, Denise") but no office to look a surname up by. */
    static final Set<String> KIN = Set.of(
            "wife", "husband", "widow", "widower", "son", "daughter", "father", "mother", "brother", "sister",
            "fiancée", "fiancee", "fiancé", "fiance");

    /**
     * True if a capitalised word of this lower-case form cannot be part of a person's name; a hyphenated word
     * cannot when its last part is the word of a thing ("France-Presse").
     */
    static boolean neverInName(String lower) {
        if (FUNCTION.contains(lower) || CALENDAR.contains(lower) || TITLES.contains(lower) || NOT_PERSON.contains(lower)) {
            return true;
        }
        int hyphen = lower.lastIndexOf('-');
        return hyphen > 0 && NOT_PERSON.contains(lower.substring(hyphen + 1));
    }
}
