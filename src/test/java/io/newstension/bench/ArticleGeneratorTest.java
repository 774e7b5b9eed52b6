package io.newstension.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newstension.clean.MinHashBands;
import io.newstension.clean.Shingles;
import io.newstension.ingest.FieldMapping;
import io.newstension.ingest.JsonArticleParser;
import io.newstension.ingest.ParseResult;
import io.newstension.nlp.gazetteer.CountryGazetteer;
import io.newstension.nlp.persons.PersonGazetteer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleGeneratorTest {
    private static final int SAMPLE = 400;
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}.\\-]*[\\p{L}.]|[\\p{L}]");
    private static List<BenchArticle> sample;

    @BeforeAll
    static void generate() {
        ArticleGenerator generator = new ArticleGenerator(42);
        sample = new ArrayList<>();
        for (int i = 0; i < SAMPLE; i++) {
            sample.add(generator.article(i));
        }
    }

    @Test
    void sameSeedGivesTheSameArticlesWhateverTheOrder() {
        ArticleGenerator again = new ArticleGenerator(42);
        for (int i = SAMPLE - 1; i >= 0; i--) {
            assertEquals(sample.get(i).toJson(), again.article(i).toJson(), "article " + i);
        }
    }

    @Test
    void anotherSeedGivesAnotherCorpus() {
        ArticleGenerator other = new ArticleGenerator(43);
        int same = 0;
        for (int i = 0; i < 50; i++) {
            same += other.article(i).maintext().equals(sample.get(i).maintext()) ? 1 : 0;
        }
        assertEquals(0, same);
    }

    @Test
    void articlesAreAboutSixHundredWords() {
        double mean = sample.stream().mapToInt(BenchArticle::wordCount).average().orElseThrow();
        assertTrue(mean > 570 && mean < 640, "mean words per article " + mean);
        for (BenchArticle a : sample) {
            assertTrue(a.wordCount() >= ArticleGenerator.MIN_WORDS && a.wordCount() < ArticleGenerator.MAX_WORDS + 80,
                    a.wordCount() + " words in " + a.url());
        }
    }

    @Test
    void countriesAreAsDenseAsInInternationalNews() {
        CountryGazetteer countries = CountryGazetteer.loadDefault();
        long mentions = 0;
        long words = 0;
        Set<String> distinct = new HashSet<>();
        for (BenchArticle a : sample) {
            List<String> tokens = tokens(a.maintext());
            words += a.wordCount();
            for (int i = 0; i < tokens.size(); i++) {
                // Longest alias first, as a phrase matcher would take it.
                for (int n = 4; n >= 1; n--) {
                    if (i + n <= tokens.size() && countries.aliases().contains(String.join(" ", tokens.subList(i, i + n)))) {
                        mentions++;
                        distinct.add(String.join(" ", tokens.subList(i, i + n)));
                        i += n - 1;
                        break;
                    }
                }
            }
        }
        double per100 = 100.0 * mentions / words;
        assertTrue(per100 >= 1.0 && per100 <= 8.0, "country aliases per 100 words: " + per100);
        assertTrue(distinct.size() >= 60, "distinct country aliases: " + distinct.size());
    }

    @Test
    void mostArticlesNameKnownPoliticiansAndUnknownPeople() {
        PersonGazetteer persons = PersonGazetteer.loadDefault();
        int withKnown = 0;
        int withUnknown = 0;
        for (BenchArticle a : sample) {
            boolean known = false;
            for (Vocabulary.Figure f : Vocabulary.FIGURES) {
                known |= a.maintext().contains(f.name()) && persons.byAlias(f.name()).isPresent();
            }
            withKnown += known ? 1 : 0;
            withUnknown += Vocabulary.LAST_NAMES.stream().anyMatch(a.maintext()::contains) ? 1 : 0;
        }
        assertTrue(withKnown > SAMPLE * 0.8, "articles naming a politician the gazetteer knows: " + withKnown);
        assertTrue(withUnknown > SAMPLE * 0.8, "articles naming someone unknown: " + withUnknown);
        assertTrue(persons.byAlias("Sergey Lavrov").isPresent() && persons.byAlias("Antony Blinken").isPresent());
    }

    @Test
    void conflictAndCooperationLanguageIsFrequent() {
        Pattern cue = Pattern.compile("\\b(sanction\\w*|strikes?|shell\\w*|threat\\w*|condemn\\w*|accus\\w*|expel\\w*|"
                + "ceasefire|aggression|talks|agree\\w*|cooperat\\w*|partnership|welcom\\w*)\\b");
        long cues = 0;
        long words = 0;
        for (BenchArticle a : sample) {
            Matcher m = cue.matcher(a.maintext());
            while (m.find()) {
                cues++;
            }
            words += a.wordCount();
        }
        double per100 = 100.0 * cues / words;
        assertTrue(per100 >= 0.5, "conflict/cooperation cues per 100 words: " + per100);
    }

    @Test
    void aboutTwoPercentAreCopiesOfEarlierArticles() {
        ArticleGenerator generator = new ArticleGenerator(7);
        Set<String> texts = new HashSet<>();
        int copies = 0;
        int n = 5_000;
        for (int i = 0; i < n; i++) {
            BenchArticle a = generator.article(i);
            if (!texts.add(a.maintext())) {
                copies++;
                assertTrue(a.url().contains("/syndicated-" + i), a.url());
            }
        }
        assertTrue(copies > n * 0.012 && copies < n * 0.03, copies + " copies in " + n);
    }

    @Test
    void unrelatedArticlesShareFewWordTriplesAsRealNewsDoes() {
        List<int[]> shingles = new ArrayList<>();
        for (BenchArticle a : sample) {
            if (!a.url().contains("/syndicated-") && shingles.size() < 200) {
                shingles.add(Shingles.indices(a.maintext(), 3));
            }
        }
        List<Double> similarities = new ArrayList<>();
        for (int i = 0; i < shingles.size(); i++) {
            for (int j = i + 1; j < shingles.size(); j++) {
                similarities.add(jaccard(shingles.get(i), shingles.get(j)));
            }
        }
        double mean = similarities.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double[] sorted = similarities.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double p99 = sorted[(int) (sorted.length * 0.99)];
        // The 298 Wikinews articles of data/sample give a mean of 0.001 and a 99th percentile of 0.008.
        assertTrue(mean < 0.03, "mean pairwise 3-shingle Jaccard " + mean);
        assertTrue(p99 < 0.06, "99th percentile of pairwise 3-shingle Jaccard " + p99);
    }

    @Test
    void syndicatedCopiesStayNearDuplicatesOfTheirOriginal() {
        ArticleGenerator generator = new ArticleGenerator(7);
        List<BenchArticle> corpus = new ArrayList<>();
        int copies = 0;
        for (int i = 0; i < 1_500; i++) {
            BenchArticle a = generator.article(i);
            if (a.url().contains("/syndicated-")) {
                BenchArticle original = corpus.stream().filter(o -> o.maintext().equals(a.maintext())).findFirst().orElseThrow();
                assertTrue(jaccard(Shingles.indices(a.maintext(), 3), Shingles.indices(original.maintext(), 3)) >= 0.9, a.url());
                assertTrue(a.datePublish().compareTo(original.datePublish()) > 0, a.url() + " is published after its original");
                copies++;
            }
            corpus.add(a);
        }
        assertTrue(copies >= 10, "copies found: " + copies);
    }

    @Test
    void everyArticleNamesTwoCountriesAndAPoliticianMostMoreThanOnce() {
        int repeated = 0;
        for (BenchArticle a : sample) {
            String text = a.maintext();
            long countries = Vocabulary.PLACES.stream()
                    .filter(p -> text.contains(p.name()) || text.contains(p.alias()) || text.contains(p.demonym()))
                    .count();
            assertTrue(countries >= 2, countries + " countries in " + a.url());
            Vocabulary.Figure named = Vocabulary.FIGURES.stream().filter(f -> text.contains(f.name())).findFirst()
                    .orElseThrow(() -> new AssertionError("no politician in " + a.url()));
            // Named in full once, then by surname, as news does.
            repeated += text.split(Pattern.quote(named.surname()), -1).length > 2 ? 1 : 0;
        }
        assertTrue(repeated > SAMPLE * 0.8, "articles naming a politician more than once: " + repeated);
    }

    @Test
    void sentencesNameEntitiesAsOftenAsRealNews() {
        long sentences = 0;
        long withCapital = 0;
        long words = 0;
        for (BenchArticle a : sample) {
            for (String sentence : a.maintext().split("(?<=[.”])\\s+(?=[“A-Z])")) {
                String[] w = sentence.trim().split("\\s+");
                sentences++;
                words += w.length;
                withCapital += Arrays.stream(w).skip(1).anyMatch(x -> !x.isEmpty() && Character.isUpperCase(x.replace("“", "").isEmpty()
                        ? 'a' : x.replace("“", "").charAt(0))) ? 1 : 0;
            }
        }
        double share = (double) withCapital / sentences;
        double perSentence = (double) words / sentences;
        // Wikinews: 68 % of sentences have a capitalised word after the first one, 18 words a sentence.
        assertTrue(share > 0.55 && share < 0.85, "share of sentences naming something: " + share);
        assertTrue(perSentence > 12 && perSentence < 24, "words per sentence: " + perSentence);
    }

    @Test
    void everyArticleIsAValidNewsPleaseRecordDatedInTheTwoYears() throws IOException {
        ObjectMapper json = new ObjectMapper();
        LocalDate first = LocalDate.of(2021, 1, 1);
        LocalDate last = LocalDate.of(2023, 1, 1);
        Set<String> months = new HashSet<>();
        for (BenchArticle a : sample) {
            String line = a.toJson();
            assertTrue(!line.contains("\n"), "one line per article");
            ParseResult parsed = JsonArticleParser.parse(line, FieldMapping.defaults());
            assertEquals(a.maintext(), parsed.article().text());
            JsonNode node = json.readTree(line);
            LocalDate day = LocalDate.parse(node.get("date_publish").asText().substring(0, 10));
            assertTrue(!day.isBefore(first) && !day.isAfter(last), "date " + day);
            months.add(day.toString().substring(0, 7));
        }
        assertTrue(months.size() >= 22, "months covered: " + months.size());
    }

    @Test
    void corpusFilesAreReproducibleByteForByte(@TempDir Path tmp) throws IOException {
        CorpusGenerator.Summary one = CorpusGenerator.write(tmp.resolve("one"), 42, 120, 3);
        CorpusGenerator.write(tmp.resolve("two"), 42, 120, 3);
        assertEquals(120, one.articles());
        for (String part : List.of("part-00000.jsonl", "part-00001.jsonl", "part-00002.jsonl", "_corpus.json")) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("one").resolve(part)), Files.readAllBytes(tmp.resolve("two").resolve(part)), part);
        }
        List<String> lines = new ArrayList<>();
        for (String part : List.of("part-00000.jsonl", "part-00001.jsonl", "part-00002.jsonl")) {
            lines.addAll(Files.readAllLines(tmp.resolve("one").resolve(part), StandardCharsets.UTF_8));
        }
        assertEquals(120, lines.size());
        assertEquals(sample.get(119).toJson(), lines.get(119));
        assertThrows(IllegalArgumentException.class, () -> CorpusGenerator.write(tmp.resolve("one"), 42, 10, 1));
    }

    @Test
    void optionsSayWhatIsWrong() {
        assertEquals(new CorpusGenerator.Options(10, 8, 42, Path.of("x")), CorpusGenerator.Options.parse("--articles", "10", "--output", "x"));
        IllegalArgumentException few = assertThrows(IllegalArgumentException.class,
                () -> CorpusGenerator.Options.parse("--articles", "3", "--files", "4", "--output", "x"));
        assertTrue(few.getMessage().contains("--files"), few.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CorpusGenerator.Options.parse("--articles", "3", "--bogus", "1"));
        assertThrows(IllegalArgumentException.class, () -> CorpusGenerator.Options.parse("--articles"));
    }

    private static double jaccard(int[] x, int[] y) {
        return 1.0 - MinHashBands.distance(x, y);
    }

    /** Words with inner dots and hyphens kept ("U.S."), possessives cut ("Russia's" gives Russia). */
    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text.replace("’s", " ").replace("'s", " "));
        while (m.find()) {
            String t = m.group();
            // A sentence-final dot is not part of the word; "U.S." keeps its dots.
            if (t.endsWith(".") && t.indexOf('.') == t.length() - 1) {
                t = t.substring(0, t.length() - 1);
            }
            out.add(t);
        }
        return out;
    }
}
