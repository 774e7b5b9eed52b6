package io.newstension.nlp.persons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newstension.Fuzz;
import io.newstension.nlp.Candidate;
import io.newstension.nlp.Mention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/**
 * Fuzz properties of person finding and name matching: {@link PersonFinder} over texts of gazetteer names,
 * misspellings, titles and capitalised words; {@link NameSimilarity} and {@link NameNormalizer} over any string.
 * Mentions lie in the text in order without overlap; ids are a gazetteer id or a canonical {@code new:} slug.
 */
@Tag(Fuzz.TAG)
class PersonFinderFuzzTest {
    private static final PersonFinder FINDER = PersonFinder.bundled();
    private static final PersonGazetteer GAZETTEER = PersonGazetteer.loadDefault();
    private static final List<String> NAMES = GAZETTEER.persons().stream().map(Person::name).sorted().toList();

    @Property
    void personMentionsAreInsideTheTextWithCanonicalIds(@ForAll("texts") String text, @ForAll("dates") LocalDate date,
            @ForAll("seeds") long seed) {
        List<int[]> sentences = Articles.sentences(text);
        List<Mention> countries = Articles.countries(text);
        List<Mention> found = FINDER.find(text, sentences, countries, date, externalPer(text, seed));
        int previousEnd = 0;
        for (Mention m : found) {
            assertTrue(0 <= m.begin() && m.begin() < m.end() && m.end() <= text.length(), m.toString());
            assertTrue(m.begin() >= previousEnd, "mentions overlap or are out of order: " + found);
            previousEnd = m.end();
            assertEquals(text.substring(m.begin(), m.end()), m.surface());
            assertEquals(Mention.PERSON, m.entityType());
            assertTrue(GAZETTEER.byId(m.entityId()).isPresent() || isNewId(m.entityId()), "bad id " + m.entityId());
            assertTrue(m.affiliation() == null || m.affiliation().matches("[A-Z]{3}"), m.toString());
            assertTrue(m.sentenceIndex() >= 0 && (sentences.isEmpty() || m.sentenceIndex() < sentences.size()), m.toString());
            assertFalse(m.entityName() == null || m.entityName().isBlank(), m.toString());
        }
    }

    @Property
    void similarityIsBoundedAndLikelySameIsReflexiveAndSymmetric(@ForAll("names") String a, @ForAll("names") String b) {
        double s = NameSimilarity.similarity(a, b);
        assertTrue(s >= 0 && s <= 1.0 + 1e-9, a + " / " + b + ": " + s);
        assertTrue(NameSimilarity.likelySame(a, a));
        assertEquals(NameSimilarity.likelySame(a, b), NameSimilarity.likelySame(b, a), a + " / " + b);
    }

    @Property
    void normalizeIsIdempotentAndSpacedOnce(@ForAll("names") String name) {
        String n = NameNormalizer.normalize(name);
        assertEquals(n, NameNormalizer.normalize(n), "normalize(normalize(" + name + "))");
        assertEquals(n.strip(), n);
        assertFalse(n.contains("  ") || n.contains("-") || n.contains("_") || n.contains("."), n);
    }

    @Example
    void seedNamesFindCleanly() {
        for (String seed : Fuzz.seeds("names.txt")) {
            personMentionsAreInsideTheTextWithCanonicalIds(seed, LocalDate.of(2024, 1, 1), 1L);
            normalizeIsIdempotentAndSpacedOnce(seed);
        }
    }

    /** Regression: a model chunk over "'." made a name whose id held an empty word ("new:z_aa__oazicazasadok"). */
    @Example
    void aModelChunkDoesNotJoinWordsAcrossPunctuation() {
        String text = "Z-Aa '. O'AzIcazaSadok Korbi, the's V von der's al-Stewart, Fei. ";
        List<Mention> found = FINDER.find(text, Articles.sentences(text), Articles.countries(text), LocalDate.of(1970, 1, 20),
                List.of(new Candidate(0, 22, 0, "ner_dl")));
        found.forEach(m -> assertTrue(isNewId(m.entityId()) || GAZETTEER.byId(m.entityId()).isPresent(), "bad id " + m));
        assertTrue(found.stream().noneMatch(m -> m.surface().contains("'.")), found.toString());
    }

    /** Regression: a run of name words once bridged a particle a model's PER chunk had already claimed. */
    @Example
    void aNameRunDoesNotBridgeAParticleClaimedByAModelChunk() {
        String text = "Za-Aa Miroslav Singer's T, Sayiq Amin Abu Ras.";
        int abu = text.indexOf("Abu");
        List<Mention> found = FINDER.find(text, Articles.sentences(text), Articles.countries(text), null,
                List.of(new Candidate(abu, abu + 3, 0, "ner_dl")));
        for (int i = 1; i < found.size(); i++) {
            assertTrue(found.get(i).begin() >= found.get(i - 1).end(), "overlapping mentions: " + found);
        }
        // The claimed particle stays out of the name run; a lone model word is no person without a title.
        assertTrue(found.stream().noneMatch(m -> m.surface().contains("Abu")), found.toString());
    }

    /** The slug {@link PersonFinder#newId} makes: lower case, no spaces, apostrophes or separators. */
    private static boolean isNewId(String id) {
        String slug = id.startsWith(PersonFinder.NEW_ID_PREFIX) ? id.substring(PersonFinder.NEW_ID_PREFIX.length()) : "";
        return !slug.isEmpty() && slug.equals(NameNormalizer.normalize(slug.replace('_', ' ')).replace(' ', '_'))
                && !slug.contains("'") && !slug.startsWith("_") && !slug.endsWith("_");
    }

    /** Random PER chunks as a model could give them: in bounds, maybe overlapping or empty. */
    private static List<Candidate> externalPer(String text, long seed) {
        java.util.Random random = new java.util.Random(seed);
        List<Candidate> out = new ArrayList<>();
        for (int k = 0; k < random.nextInt(4) && !text.isEmpty(); k++) {
            int b = random.nextInt(text.length());
            out.add(new Candidate(b, b + 1 + random.nextInt(Math.min(30, text.length() - b)), 0, "ner_dl"));
        }
        return out;
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 20_000).map(d -> LocalDate.of(1970, 1, 1).plusDays(d)).injectNull(0.3);
    }

    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> name = Arbitraries.of(NAMES);
        return Fuzz.withSeeds("names.txt", Arbitraries.oneOf(name, name.flatMap(this::misspelt),
                Fuzz.joined(Fuzz.capitalisedWord().map(w -> w + " "), 4), Fuzz.messyText(20)));
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> name = Arbitraries.of(NAMES);
        Arbitrary<String> piece = Arbitraries.oneOf(name, name.flatMap(this::misspelt),
                name.map(n -> n.substring(n.lastIndexOf(' ') + 1)), Fuzz.capitalisedWord(), Fuzz.capitalisedWord(),
                Arbitraries.of("Mr.", "President", "Foreign Minister", "said", "told", "his widow,", "at", "Russian",
                        "Russia's foreign minister", "von der", "al-", "J.", "the", "and", "Kim"),
                Fuzz.messyText(8));
        Arbitrary<String> sep = Arbitraries.of(" ", " ", " ", ", ", ". ", ".\n", "'s ", "\u2019s ", " - ", "");
        return Fuzz.withSeeds("names.txt",
                Combinators.combine(piece, sep).as((p, s) -> p + s).list().ofMaxSize(20).map(l -> String.join("", l)));
    }

    private Arbitrary<String> misspelt(String name) {
        return Combinators.combine(Arbitraries.integers().between(0, 1000), Arbitraries.of('a', 'e', 'i', 'y', 'k'))
                .as((at, ch) -> {
                    int i = at % name.length();
                    return name.charAt(i) == ' ' ? name : name.substring(0, i) + ch + name.substring(i + 1);
                });
    }
}
