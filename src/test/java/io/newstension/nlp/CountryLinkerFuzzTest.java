package io.newstension.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newstension.Fuzz;
import io.newstension.nlp.gazetteer.Country;
import io.newstension.nlp.gazetteer.CountryGazetteer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/**
 * Fuzz properties of country alias resolution ({@link CountryGazetteer}) and linking ({@link CountryLinker}) over
 * texts of aliases, misspelt aliases, capitalised words and punctuation: mentions are in the text, do not overlap,
 * and carry an ISO alpha-3 id of the gazetteer with its canonical name; a span resolves only when its spelling is an
 * alias (no guessing from typos).
 */
@Tag(Fuzz.TAG)
class CountryLinkerFuzzTest {
    private static final CountryGazetteer GAZETTEER = CountryGazetteer.loadDefault();
    private static final CountryLinker LINKER = new CountryLinker(GAZETTEER);
    private static final List<String> ALIASES = List.copyOf(GAZETTEER.aliases());

    @Property
    void linkedMentionsAreCanonicalAndInsideTheText(@ForAll("texts") String text, @ForAll("seeds") long seed) {
        List<Candidate> candidates = candidates(text, seed);
        List<Mention> mentions = LINKER.link(text, candidates);
        int previousEnd = 0;
        for (Mention m : mentions) {
            assertTrue(0 <= m.begin() && m.begin() < m.end() && m.end() <= text.length(), m.toString());
            assertTrue(m.begin() >= previousEnd, "mentions overlap or are out of order: " + mentions);
            previousEnd = m.end();
            assertEquals(text.substring(m.begin(), m.end()), m.surface());
            assertTrue(m.entityId().matches("[A-Z]{3}"), m.entityId());
            Optional<Country> country = GAZETTEER.byIso3(m.entityId());
            assertTrue(country.isPresent(), "not a gazetteer id: " + m.entityId());
            assertEquals(country.get().name(), m.entityName());
            assertEquals(Mention.COUNTRY, m.entityType());
            assertTrue(candidates.stream().anyMatch(c -> c.begin() == m.begin() && c.end() == m.end()
                    && c.sentenceIndex() == m.sentenceIndex()), "no candidate for " + m);
        }
    }

    @Property
    void aSpanResolvesOnlyWhenItSpellsAnAlias(@ForAll("texts") String text, @ForAll("seeds") long seed) {
        for (Candidate c : candidates(text, seed)) {
            Optional<Country> resolved = GAZETTEER.resolve(text, c.begin(), c.end());
            GAZETTEER.isBlocked(text, c.begin(), c.end());
            if (resolved.isPresent()) {
                assertTrue(GAZETTEER.lookup(text.substring(c.begin(), c.end())).isPresent(),
                        "resolved without an alias: " + text.substring(c.begin(), c.end()));
            }
        }
    }

    @Property
    void aMisspeltAliasIsNotGuessed(@ForAll("typos") String typo) {
        Optional<Country> found = GAZETTEER.lookup(typo);
        found.ifPresent(c -> assertTrue(GAZETTEER.aliases().contains(typo) || GAZETTEER.aliases().stream()
                .anyMatch(a -> a.equalsIgnoreCase(typo) || typo.startsWith(a)), typo + " -> " + c));
    }

    @Example
    void seedTextsLinkCleanly() {
        for (String seed : Fuzz.seeds("countries.txt")) {
            linkedMentionsAreCanonicalAndInsideTheText(seed, 1L);
            aSpanResolvesOnlyWhenItSpellsAnAlias(seed, 2L);
        }
    }

    /** Every span at word boundaries up to four words, plus random in-bounds spans (a seeded choice). */
    static List<Candidate> candidates(String text, long seed) {
        java.util.Random random = new java.util.Random(seed);
        List<int[]> words = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[\\p{L}\\p{N}.'\u2019]+").matcher(text);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            for (int j = i; j < Math.min(words.size(), i + 4); j++) {
                out.add(new Candidate(words.get(i)[0], words.get(j)[1], random.nextInt(3), "fuzz"));
            }
        }
        for (int k = 0; k < 5 && !text.isEmpty(); k++) {
            int b = random.nextInt(text.length() + 1);
            out.add(new Candidate(b, b + random.nextInt(text.length() - b + 1), random.nextInt(3), "fuzz"));
        }
        return out;
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> alias = Arbitraries.of(ALIASES);
        Arbitrary<String> piece = Arbitraries.oneOf(alias, alias, alias.map(String::toUpperCase),
                alias.map(a -> a + "'s"), alias.map(a -> a + "\u2019"), typos(), Fuzz.capitalisedWord(),
                Arbitraries.of("New", "Mr.", "the", "and", "in", "King", "Army", "USAID", "U.S.", "Michael", "Republic of"),
                Fuzz.messyText(6));
        Arbitrary<String> sep = Arbitraries.of(" ", " ", ", ", ". ", "\n", "-", "'", "(", ")", "");
        return Fuzz.withSeeds("countries.txt",
                Combinators.combine(piece, sep).as((p, s) -> p + s).list().ofMaxSize(15).map(l -> String.join("", l)));
    }

    @Provide
    Arbitrary<String> typos() {
        return Combinators.combine(Arbitraries.of(ALIASES), Arbitraries.integers().between(0, 1000),
                Arbitraries.of('a', 'e', 'z', ' ', '.', '\'', 'A'), Arbitraries.integers().between(0, 2))
                .as((alias, at, ch, op) -> {
                    int i = at % (alias.length() + 1);
                    return switch (op) {
                        case 0 -> alias.substring(0, i) + ch + alias.substring(i);
                        case 1 -> i < alias.length() ? alias.substring(0, i) + alias.substring(i + 1) : alias + ch;
                        default -> i + 1 < alias.length()
                                ? alias.substring(0, i) + alias.charAt(i + 1) + alias.charAt(i) + alias.substring(i + 2)
                                : ch + alias;
                    };
                });
    }
}
