package io.newstension.bench;

import io.newstension.bench.Templates.Topic;
import io.newstension.bench.Vocabulary.Figure;
import io.newstension.bench.Vocabulary.Place;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates the benchmark corpus: article {@code i} of a seed is always the same, whatever else is generated, so a
 * corpus of 2N articles starts with the corpus of N. Articles are about 600 words (480 to 720) of news prose built
 * from {@link Templates}: two or three countries and two politicians per article, named the way news names them
 * (name, alias, demonym, capital; title and full name, then surname), unknown people, conflict and cooperation
 * language, quotes. Publication dates spread over 2021-2022; about 2 % of articles are syndicated copies of an
 * earlier one (same text, another site, a few hours later).
 *
 * <p>{@code java.util.Random} is used because its algorithm is fixed by its specification: the same seed gives the
 * same corpus on every JVM.
 */
public final class ArticleGenerator {
    /** Share of articles that copy an earlier article. */
    public static final double DUPLICATE_SHARE = 0.02;
    static final int MIN_WORDS = 480;
    static final int MAX_WORDS = 720;
    static final LocalDateTime FIRST_DAY = LocalDateTime.of(2021, 1, 1, 0, 0);
    static final int DAYS = 730;

    private static final Pattern SLOT = Pattern.compile("\\{([A-Za-z]+)}");
    private static final DateTimeFormatter METADATA_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter URL_DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd", Locale.ROOT);
    private static final DateTimeFormatter DATELINE_DAY = DateTimeFormatter.ofPattern("MMMM d", Locale.ENGLISH);
    private static final int TOTAL_WEIGHT = Templates.TOPICS.stream().mapToInt(Topic::weight).sum();

    private final long seed;

    public ArticleGenerator(long seed) {
        this.seed = seed;
    }

    /** Article {@code index} (0-based) of this generator's corpus. */
    public BenchArticle article(long index) {
        if (index < 0) {
            throw new IllegalArgumentException("article index must be >= 0, got " + index);
        }
        Random copy = random(index, 1);
        if (index > 0 && copy.nextDouble() < DUPLICATE_SHARE) {
            long originalIndex = (long) (copy.nextDouble() * index);
            return syndicated(original(originalIndex), copy, index);
        }
        return original(index);
    }

    private BenchArticle syndicated(BenchArticle original, Random rng, long index) {
        LocalDateTime published = LocalDateTime.parse(original.datePublish(), METADATA_TIME).plusHours(1 + rng.nextInt(12));
        String outlet = pick(rng, Vocabulary.OUTLETS);
        String url = "https://" + outlet + "/" + URL_DAY.format(published) + "/syndicated-" + index;
        return new BenchArticle(url, outlet, original.title(), original.maintext(), original.description(),
                original.authors(), METADATA_TIME.format(published), METADATA_TIME.format(published.plusMinutes(30)));
    }

    private BenchArticle original(long index) {
        Random rng = random(index, 0);
        Topic topic = topic(rng);
        Draft draft = new Draft(rng);
        LocalDateTime published = FIRST_DAY.plusMinutes((long) (rng.nextDouble() * DAYS * 24 * 60));
        String title = draft.sentence(pick(rng, topic.titles()), false);
        String outlet = pick(rng, Vocabulary.OUTLETS);
        String author = pick(rng, Vocabulary.FIRST_NAMES) + " " + pick(rng, Vocabulary.LAST_NAMES);

        int targetWords = MIN_WORDS + rng.nextInt(MAX_WORDS - MIN_WORDS + 1);
        List<String> pool = new ArrayList<>();
        StringBuilder text = new StringBuilder(targetWords * 7);
        if (rng.nextInt(10) < 4) {
            // Datelines write the capital in upper case ("MOSCOW, March 3 -").
            text.append(draft.capitalA().toUpperCase(Locale.ROOT)).append(", ").append(DATELINE_DAY.format(published)).append(" - ");
        }
        String lead = draft.sentence(pick(rng, topic.sentences()), true);
        text.append(lead);
        int words = BenchArticle.wordCount(text.toString());
        int inParagraph = 1;
        int paragraphLength = 2 + rng.nextInt(4);
        while (words < targetWords) {
            if (pool.isEmpty()) {
                pool.addAll(topic.sentences());
                pool.addAll(Templates.GENERAL);
            }
            String sentence = draft.sentence(pool.remove(rng.nextInt(pool.size())), true);
            if (inParagraph == paragraphLength) {
                text.append("\n\n");
                inParagraph = 0;
                paragraphLength = 2 + rng.nextInt(4);
            } else {
                text.append(' ');
            }
            text.append(sentence);
            inParagraph++;
            words += BenchArticle.wordCount(sentence);
        }
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        String url = "https://" + outlet + "/" + topic.name() + "/" + URL_DAY.format(published) + "/" + slug + "-" + index;
        return new BenchArticle(url, outlet, title, text.toString(), lead, List.of(author),
                METADATA_TIME.format(published), METADATA_TIME.format(published.plusMinutes(5 + rng.nextInt(120))));
    }

    /** One generator per article and purpose, so an article never depends on the articles before it. */
    private Random random(long index, int purpose) {
        long mixed = seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + purpose * 0x94D049BB133111EBL;
        return new Random(mixed ^ (mixed >>> 31));
    }

    private static Topic topic(Random rng) {
        int ticket = rng.nextInt(TOTAL_WEIGHT);
        for (Topic topic : Templates.TOPICS) {
            ticket -= topic.weight();
            if (ticket < 0) {
                return topic;
            }
        }
        throw new IllegalStateException("topic weights do not add up");
    }

    static <T> T pick(Random rng, List<T> items) {
        return items.get(rng.nextInt(items.size()));
    }

    /** The cast of one article and the state of its rendering (who has been introduced already). */
    private static final class Draft {
        private final Random rng;
        private final int placeA;
        private final int placeB;
        private final Figure figureP;
        private final Figure figureQ;
        private boolean introducedP;
        private boolean introducedQ;

        Draft(Random rng) {
            this.rng = rng;
            List<Figure> figures = Vocabulary.FIGURES;
            figureP = pick(rng, figures);
            placeA = figureP.place() >= 0 ? figureP.place() : rng.nextInt(Vocabulary.PLACES.size());
            Figure q = pick(rng, figures);
            while (q.place() == placeA) {
                q = pick(rng, figures);
            }
            figureQ = q;
            placeB = q.place() >= 0 ? q.place() : otherPlace(placeA, -1);
        }

        String capitalA() {
            return Vocabulary.PLACES.get(placeA).capital();
        }

        /** Fills a template's slots; a headline ({@code full} false) names people by surname and without roles. */
        String sentence(String template, boolean full) {
            int placeC = otherPlace(placeA, placeB);
            Matcher slot = SLOT.matcher(template);
            StringBuilder out = new StringBuilder(template.length() + 64);
            while (slot.find()) {
                slot.appendReplacement(out, Matcher.quoteReplacement(fill(slot.group(1), placeC, full)));
            }
            slot.appendTail(out);
            return Character.toUpperCase(out.charAt(0)) + out.substring(1);
        }

        private String fill(String name, int placeC, boolean full) {
            return switch (name) {
                case "A" -> country(placeA);
                case "B" -> country(placeB);
                case "C" -> country(placeC);
                case "a" -> Vocabulary.PLACES.get(placeA).demonym();
                case "b" -> Vocabulary.PLACES.get(placeB).demonym();
                case "KA" -> Vocabulary.PLACES.get(placeA).capital();
                case "KB" -> Vocabulary.PLACES.get(placeB).capital();
                case "P" -> {
                    String named = person(figureP, introducedP || !full);
                    introducedP |= full;
                    yield named;
                }
                case "Q" -> {
                    String named = person(figureQ, introducedQ || !full);
                    introducedQ |= full;
                    yield named;
                }
                case "N" -> unknownPerson(full);
                case "O" -> pick(rng, Vocabulary.ORGANISATIONS);
                case "I" -> pick(rng, Vocabulary.INSTITUTES);
                case "DAY" -> pick(rng, Vocabulary.WEEKDAYS);
                case "NUM" -> String.valueOf(2 + rng.nextInt(48));
                case "PCT" -> (1 + rng.nextInt(30)) + "." + rng.nextInt(10);
                case "COM" -> pick(rng, Vocabulary.COMMODITIES);
                case "EVENT" -> pick(rng, Vocabulary.SPORTS_EVENTS);
                case "WEATHER" -> pick(rng, Vocabulary.WEATHER);
                default -> throw new IllegalStateException("unknown template slot {" + name + "}");
            };
        }

        /** Usually the common name, sometimes the alternative one ("the U.S.", "Türkiye"). */
        private String country(int place) {
            Place p = Vocabulary.PLACES.get(place);
            return rng.nextInt(4) == 0 ? p.alias() : p.name();
        }

        private static String person(Figure figure, boolean introduced) {
            if (introduced) {
                return figure.surname();
            }
            String title = figure.place() >= 0
                    ? Vocabulary.PLACES.get(figure.place()).demonym() + " " + figure.title()
                    : figure.title();
            return title + " " + figure.name();
        }

        private String unknownPerson(boolean full) {
            String name = pick(rng, Vocabulary.FIRST_NAMES) + " " + pick(rng, Vocabulary.LAST_NAMES);
            if (!full) {
                return name;
            }
            return name + ", " + String.format(Locale.ROOT, pick(rng, Vocabulary.MINOR_ROLES), pick(rng, Vocabulary.INSTITUTES)) + ",";
        }

        private int otherPlace(int notA, int notB) {
            int place = rng.nextInt(Vocabulary.PLACES.size());
            while (place == notA || place == notB) {
                place = rng.nextInt(Vocabulary.PLACES.size());
            }
            return place;
        }
    }
}
