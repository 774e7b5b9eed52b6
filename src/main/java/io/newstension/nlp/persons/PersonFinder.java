package io.newstension.nlp.persons;

import io.newstension.nlp.Candidate;
import io.newstension.nlp.Mention;
import io.newstension.nlp.persons.ArticleTokens.Gap;
import io.newstension.nlp.persons.ArticleTokens.Token;
import io.newstension.nlp.persons.NameSpans.Kind;
import io.newstension.nlp.persons.NameSpans.Span;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the persons of one article and links each mention to one entity with a country. Pure Java, no Spark.
 *
 * <p>Spans come from the gazetteer's full names, from an external model's PER chunks and from name-like words
 * marked by a title, a verb of saying or a known given name ({@link NameSpans}). Within the article, a misspelt
 * full name joins the name it resembles ({@link NameSimilarity#likelySame}: "Anthony Blinkin" → Antony Blinken,
 * but "Hunter Biden" stays apart from Joe Biden), a lone surname joins the full name it ends ("Lavrov", "Mr.
 * Lavrov"; the nearest earlier one when two share it), and a surname with no full name in the article is taken
 * from the gazetteer only when one person fits and a title or the person's country backs it. People no
 * dictionary knows get the id {@code new:} + the slug of their normalised name ({@code new:jane_doe}). A lone word
 * may also be another word of a full name of the article ("Hosni" for Hosni Mubarak), and a new name known only by
 * its pattern that stands after a preposition of place ("at Ain Issa") is dropped as a place.
 *
 * <p>{@code affiliation} is the person's country on the article's date from the gazetteer's dated roles, else the
 * country of a role phrase next to one of the person's mentions ("Russian Foreign Minister X", "X, Russia's foreign
 * minister"), else null. Serialises as a few bytes when it uses the bundled gazetteer: executors rebuild the index.
 */
public final class PersonFinder implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final String GAZETTEER = "gazetteer";
    /** A misspelt full name matched to a gazetteer person ("Antony Blinkin"). */
    public static final String GAZETTEER_FUZZY = "gazetteer_fuzzy";
    /** A lone surname matched to the one gazetteer person it can be ("President Macron" with no full name around). */
    public static final String GAZETTEER_SURNAME = "gazetteer_surname";
    public static final String TITLE_CUE = "title_cue";
    public static final String SPEECH_VERB = "speech_verb";
    public static final String NAME_PATTERN = "name_pattern";
    /** A surname, title reference or misspelling resolved to a person named in full in the same article. */
    public static final String COREF = "coref";
    public static final String NEW_ID_PREFIX = "new:";

    /** Null when the bundled gazetteer is used, so that the finder ships to executors without it. */
    private final PersonGazetteer custom;
    private transient volatile PersonIndex index;

    private PersonFinder(PersonGazetteer custom) {
        this.custom = custom;
    }

    /** A finder over the bundled gazetteer ({@link PersonGazetteer#loadDefault}). */
    public static PersonFinder bundled() {
        return new PersonFinder(null);
    }

    /** A finder over another gazetteer (tests, user dictionaries); it is serialised with the finder. */
    public static PersonFinder over(PersonGazetteer gazetteer) {
        return new PersonFinder(Objects.requireNonNull(gazetteer, "gazetteer"));
    }

    private PersonIndex index() {
        PersonIndex i = index;
        if (i == null) {
            i = custom == null ? PersonIndex.bundled() : new PersonIndex(custom);
            index = i;
        }
        return i;
    }

    /**
     * Every full-name alias of the gazetteer, for a Spark NLP TextMatcher if one is wanted. The finder does not need
     * one: it matches the aliases itself by hash lookups over runs of capitalised words.
     */
    public Set<String> matcherPhrases() {
        return index().gazetteer.fullNameAliases();
    }

    /**
     * The PERSON mentions of {@code text}, in text order.
     *
     * @param sentenceSpans [begin, end) of each sentence, in order; the list index is the sentence index
     * @param countryMentions the article's linked country mentions (they are never names, and give context)
     * @param articleDate the article's date for dated roles; null when unknown (the latest role counts)
     * @param externalPer PER chunks of a model or matcher, offsets end-exclusive; may be empty
     */
    public List<Mention> find(String text, List<int[]> sentenceSpans, List<Mention> countryMentions,
                              LocalDate articleDate, List<Candidate> externalPer) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        ArticleTokens tokens = ArticleTokens.of(text, sentenceSpans, countryMentions);
        List<Span> spans = NameSpans.find(tokens, index(), externalPer == null ? List.of() : externalPer);
        Set<String> articleCountries = new HashSet<>();
        countryMentions.forEach(m -> articleCountries.add(m.entityId()));
        return new Resolution(tokens, index(), articleDate, articleCountries).resolve(spans);
    }

    /** A person of the article and the spans that name it. */
    private static final class Entity {
        final String id;
        final String name;
        final Person person;
        /** Normalised full names it answers to, for misspellings. */
        final Set<String> fullNames = new LinkedHashSet<>();
        /** Normalised last words of those names, for lone surnames. */
        final Set<String> surnames = new LinkedHashSet<>();
        /**
         * The other words of the full names written in the article: a given name ("Hosni" for Hosni Mubarak) or
         * the first of two surnames ("Rosselló" for Ricardo Rosselló Nevares).
         */
        final Set<String> otherWords = new LinkedHashSet<>();
        final List<Span> spans = new ArrayList<>();

        Entity(String id, String name, Person person) {
            this.id = id;
            this.name = name;
            this.person = person;
            answersTo(name);
            if (person != null) {
                person.aliases().forEach(this::answersTo);
            }
        }

        void answersTo(String fullName) {
            String normalized = NameNormalizer.normalize(fullName);
            fullNames.add(normalized);
            // "Cummings" for Robert Cummings Jr., "Elizabeth" for Elizabeth II.
            String[] written = fullName.trim().split("\\s+");
            int w = written.length - 1;
            while (w > 0 && (NameNormalizer.normalize(written[w]).isEmpty()
                    || NameWords.endsAName(NameNormalizer.normalize(written[w])))) {
                w--;
            }
            String last = NameNormalizer.normalize(written[w]);
            surnames.add(last.substring(last.lastIndexOf(' ') + 1));
            if (written[w].indexOf('-') > 0) {
                surnames.add(last);  // "Mir-Mohammadi" of Seyed Mohammad Mir-Mohammadi, "al-Muhandis": one word
            }
        }

        /** The start of the latest full-name span before {@code begin}, or -1. */
        int lastFullNameBefore(ArticleTokens t, int begin) {
            int best = -1;
            for (Span s : spans) {
                int at = t.get(s.first()).begin();
                if (s.kind() != Kind.SINGLE && at < begin) {
                    best = Math.max(best, at);
                }
            }
            return best;
        }
    }

    /** Links the spans of one article to entities. */
    private static final class Resolution {
        private final ArticleTokens t;
        private final PersonIndex index;
        private final LocalDate date;
        private final Set<String> articleCountries;
        private final Map<String, Entity> entities = new LinkedHashMap<>();
        private final Map<Span, Entity> entityOf = new LinkedHashMap<>();
        private final Map<Span, String> methodOf = new LinkedHashMap<>();

        Resolution(ArticleTokens t, PersonIndex index, LocalDate date, Set<String> articleCountries) {
            this.t = t;
            this.index = index;
            this.date = date;
            this.articleCountries = articleCountries;
        }

        List<Mention> resolve(List<Span> spans) {
            // One written name is one person within an article, even where the gazetteer lists it twice (the Phoenix
            // dictionaries hold both "Queen Elizabeth II" and "Elizabeth II").
            Map<String, Entity> byName = new LinkedHashMap<>();
            for (Span s : spans) {
                if (s.kind() == Kind.GAZETTEER) {
                    assign(s, byName.computeIfAbsent(NameNormalizer.normalize(surface(s)), name -> known(s.person())),
                            GAZETTEER);
                }
            }
            for (Span s : spans) {
                if (s.kind() == Kind.FULL) {
                    resolveFullName(s);
                }
            }
            // Titled and model-found single names first, so that a later bare "Doe" finds "Mr. Doe".
            for (Span s : spans) {
                if (s.kind() == Kind.SINGLE && (s.titleCue() || s.external())) {
                    resolveSingle(s);
                }
            }
            for (Span s : spans) {
                if (s.kind() == Kind.SINGLE && !s.titleCue() && !s.external()) {
                    resolveSingle(s);
                }
            }
            return mentions();
        }

        private Entity known(Person p) {
            return entities.computeIfAbsent(p.id(), id -> new Entity(id, p.name(), p));
        }

        private void assign(Span s, Entity e, String method) {
            if (s.kind() != Kind.SINGLE) {
                String[] words = NameNormalizer.normalize(surface(s)).split(" ");
                for (int w = 0; w < words.length - 1; w++) {
                    if (!NameWords.PARTICLES.contains(words[w]) && words[w].length() > 1) {
                        e.otherWords.add(words[w]);
                    }
                }
            }
            e.spans.add(s);
            entityOf.put(s, e);
            methodOf.put(s, method);
        }

        private void resolveFullName(Span s) {
            String surface = surface(s);
            String normalized = NameNormalizer.normalize(surface);
            for (Entity e : entities.values()) {
                if (e.fullNames.contains(normalized)) {
                    assign(s, e, e.person != null ? GAZETTEER : s.method());
                    return;
                }
            }
            for (Entity e : entities.values()) {
                // "García Padilla" after "Alejandro García Padilla": the last words of a full name of the article.
                if (!e.spans.isEmpty() && e.fullNames.stream().anyMatch(n -> NameNormalizer.isNameOrItsLastWords(n, normalized))) {
                    assign(s, e, COREF);
                    return;
                }
            }
            for (Entity e : entities.values()) {
                if (e.fullNames.stream().anyMatch(n -> NameSimilarity.likelySame(normalized, n))) {
                    assign(s, e, COREF);
                    return;
                }
            }
            if (!index.gazetteer.bySurname(surface).isEmpty()) {
                resolveSingle(s);  // a surname of several words: "Von der Leyen"
                return;
            }
            Optional<Person> fuzzy = index.fuzzyFullName(surface, date);
            if (fuzzy.isPresent()) {
                assign(s, known(fuzzy.get()), GAZETTEER_FUZZY);
                return;
            }
            Entity fresh = new Entity(newId(surface), surface, null);
            entities.put(fresh.id, fresh);
            assign(s, fresh, s.method());
        }

        private void resolveSingle(Span s) {
            Token tok = t.get(s.first());
            String word = surface(s);
            String key = NameNormalizer.normalize(word);
            Entity inArticle = nearest(s, matching(key, true));
            if (inArticle == null) {
                inArticle = nearest(s, entities.values().stream().filter(e -> e.otherWords.contains(key)).toList());
            }
            if (inArticle == null) {
                inArticle = nearest(s, matching(key, false));
            }
            if (inArticle != null) {
                assign(s, inArticle, COREF);
                return;
            }
            Optional<Person> listed = fromGazetteer(s, tok, word);
            if (listed.isPresent()) {
                assign(s, known(listed.get()), GAZETTEER_SURNAME);
                return;
            }
            // A lone word nobody in the article or the gazetteer answers to is a new person only after a title
            // ("Minister Doe"), or when the model tagged it and it speaks ("Doe said"): the model alone is not
            // enough, it tags "Brexit", "Namely" and "Parkinson" too.
            if (s.titleCue() || (s.external() && s.speech())) {
                Entity fresh = entities.computeIfAbsent(newId(word), id -> new Entity(id, word, null));
                assign(s, fresh, s.external() ? s.method() : TITLE_CUE);
            }
        }

        /** Entities the lone word is the surname of: exactly, or (when {@code exact} is false) misspelt. */
        private List<Entity> matching(String key, boolean exact) {
            List<Entity> found = new ArrayList<>();
            for (Entity e : entities.values()) {
                boolean fits = exact
                        ? e.surnames.contains(key) || (e.person != null && index.gazetteer.bySurname(key).contains(e.person))
                        : e.surnames.stream().anyMatch(n -> NameSimilarity.likelySame(key, n));
                if (fits && !e.spans.isEmpty()) {
                    found.add(e);
                }
            }
            return found;
        }

        /** Of several people sharing a surname, the one named in full most recently before the span. */
        private Entity nearest(Span s, List<Entity> candidates) {
            if (candidates.size() <= 1) {
                return candidates.isEmpty() ? null : candidates.get(0);
            }
            int begin = t.get(s.first()).begin();
            return candidates.stream().max(Comparator.comparingInt(e -> e.lastFullNameBefore(t, begin))).orElseThrow();
        }

        /**
         * A lone surname with no full name in the article: the one gazetteer person it can be, backed by a title
         * ("President Macron") or by the person's country in the article, with that person in office on the date
         * and the word not merely capitalised by its place at a sentence start. A word that only resembles a
         * surname ("Secretary Blinkin") needs the title: without one it is far more often another word ("Magyar
         * Nemzet" is no Németh, "Time Person of the Year" no Persson).
         */
        private Optional<Person> fromGazetteer(Span s, Token tok, String word) {
            Token before = t.sameSentence(s.first() - 1, s.first());
            // "his widow, Denise": a person, but no office to pick one of the gazetteer's Denises by.
            boolean titled = s.titleCue() && !(before != null && NameWords.KIN.contains(before.lower()));
            List<Person> candidates = index.gazetteer.bySurname(word);
            if (candidates.isEmpty() && s.first() == s.last() && titled) {
                candidates = index.personsWithSurnameLike(word);
            }
            if (candidates.isEmpty()) {
                return Optional.empty();
            }
            boolean placed = tok.gap() != Gap.OTHER || s.speech();
            List<Person> backed = candidates.stream().filter(this::countryInArticle).toList();
            if (candidates.size() == 1) {
                Person p = candidates.get(0);
                return titled || (placed && backed.size() == 1) ? Optional.of(p) : Optional.empty();
            }
            return backed.size() == 1 && (titled || placed) ? Optional.of(backed.get(0)) : Optional.empty();
        }

        private boolean countryInArticle(Person p) {
            Optional<String> country = index.gazetteer.affiliation(p.id(), date);
            return country.isPresent() && articleCountries.contains(country.get())
                    && (date == null || index.gazetteer.activeAt(p.id(), date));
        }

        private List<Mention> mentions() {
            Map<Entity, String> affiliation = new LinkedHashMap<>();
            for (Entity e : entities.values()) {
                affiliation.put(e, affiliation(e));
            }
            Set<Entity> places = new HashSet<>();
            entities.values().stream().filter(this::place).forEach(places::add);
            List<Span> ordered = new ArrayList<>(entityOf.keySet());
            ordered.sort(Comparator.comparingInt(Span::first));
            List<Mention> out = new ArrayList<>(entityOf.size());
            for (int i = 0; i < ordered.size(); i++) {
                Span s = ordered.get(i);
                Entity e = entityOf.get(s);
                // "Red" and "Hat" each placed as words of "Red Hat" named earlier: one mention of the full name again.
                int last = s.last();
                while (i + 1 < ordered.size() && adjacentWordOf(ordered.get(i + 1), last, e)) {
                    last = ordered.get(++i).last();
                }
                if (places.contains(e)) {
                    continue;
                }
                Token first = t.get(particleBefore(s.first(), e));
                int end = suffixEnd(last);
                out.add(new Mention(first.sentence(), Mention.PERSON, e.id, e.name,
                        t.text.substring(first.begin(), end), first.begin(), end, methodOf.get(s), affiliation.get(e)));
            }
            return out;
        }

        /**
         * The end of a mention whose last token is {@code last}: a generational suffix after it ("Cyrus R. Vance,
         * Jr.") and the suffix's period ("Robert Cummings Sr.") belong to the name.
         */
        private int suffixEnd(int last) {
            int k = last;
            Token next = t.sameSentence(last + 1, last);
            if (!NameWords.SUFFIXES.contains(t.get(k).lower()) && next != null
                    && (next.gap() == Gap.SPACE || next.gap() == Gap.COMMA) && NameWords.SUFFIXES.contains(next.lower())
                    && Character.isUpperCase(next.word().charAt(0))) {
                k = last + 1;
            }
            int end = t.get(k).end();
            return NameWords.SUFFIXES.contains(t.get(k).lower()) && end < t.text.length() && t.text.charAt(end) == '.'
                    ? end + 1 : end;
        }

        /** "de Blasio" after "Bill de Blasio": the particles of the entity's name before its surname join the mention. */
        private int particleBefore(int first, Entity e) {
            String name = null;
            String words = null;
            int k = first;
            while (t.get(k).gap() == Gap.SPACE) {
                Token prev = t.sameSentence(k - 1, k);
                if (prev == null || !NameWords.PARTICLES.contains(prev.lower())) {
                    break;
                }
                if (name == null) {  // most mentions have no particle before them: normalise only when one does
                    name = " " + NameNormalizer.normalize(e.name) + " ";
                    words = NameNormalizer.normalize(t.get(first).word());
                }
                if (!name.contains(" " + prev.lower() + " " + words + " ")) {
                    break;
                }
                words = prev.lower() + " " + words;
                k--;
            }
            return k;
        }

        private boolean adjacentWordOf(Span next, int last, Entity e) {
            return next.first() == last + 1 && entityOf.get(next) == e && t.get(next.first()).gap() == Gap.SPACE
                    && t.sameSentence(next.first(), last) != null;
        }

        /**
         * A new name found by its pattern only (no title, verb of saying or model) and written at least once right
         * after a preposition of place ("at Ain Issa") is a place.
         */
        private boolean place(Entity e) {
            if (e.person != null) {
                return false;
            }
            boolean locative = false;
            for (Span s : e.spans) {
                String method = methodOf.get(s);
                if (s.external() || TITLE_CUE.equals(method) || SPEECH_VERB.equals(method)) {
                    return false;
                }
                Token prev = t.sameSentence(s.first() - 1, s.first());
                locative |= prev != null && t.get(s.first()).gap() == Gap.SPACE && !t.get(s.last()).possessive()
                        && NameWords.LOCATIVE.contains(prev.word());
            }
            return locative;
        }

        private String affiliation(Entity e) {
            if (e.person != null) {
                Optional<String> dated = index.gazetteer.affiliation(e.person.id(), date);
                if (dated.isPresent()) {
                    return dated.get();
                }
            }
            List<Span> ordered = new ArrayList<>(e.spans);
            ordered.sort(Comparator.comparingInt(Span::first));
            for (Span s : ordered) {
                String country = NameCues.country(t, s.first(), s.last());
                if (country != null) {
                    return country;
                }
            }
            return null;
        }

        private String surface(Span s) {
            return t.text.substring(t.get(s.first()).begin(), t.get(s.last()).end());
        }
    }

    /** {@code new:} + the normalised name with spaces as underscores: "Jane  Doe’s" → {@code new:jane_doe}. */
    static String newId(String name) {
        return NEW_ID_PREFIX + NameNormalizer.normalize(name).replace("'", "").replace(' ', '_');
    }
}
