package io.newstension.bench;

import io.newstension.bench.Grammar.Part;
import io.newstension.bench.Templates.Topic;
import io.newstension.bench.Vocabulary.Figure;
import io.newstension.bench.Vocabulary.Place;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

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
        String title = draft.sentence(topic.name() + "_title", false);
        String outlet = pick(rng, Vocabulary.OUTLETS);
        String author = pick(rng, Vocabulary.FIRST_NAMES) + " " + pick(rng, Vocabulary.LAST_NAMES);

        int targetWords = MIN_WORDS + rng.nextInt(MAX_WORDS - MIN_WORDS + 1);
        StringBuilder text = new StringBuilder(targetWords * 7);
        if (rng.nextInt(10) < 4) {
            // Datelines write the capital in upper case ("MOSCOW, March 3 -").
            text.append(draft.capitalA().toUpperCase(Locale.ROOT)).append(", ").append(DATELINE_DAY.format(published)).append(" - ");
        }
        String lead = draft.sentence(topic.name() + "_lead", true);
        text.append(lead);
        if (!draft.introducedP) {
            text.append(' ').append(draft.sentence("leader", true));
        }
        int words = BenchArticle.wordCount(text.toString());
        int inParagraph = 1;
        int paragraphLength = 2 + rng.nextInt(4);
        while (words < targetWords) {
            // Two fifths of the body is the topic's own news, the rest context, unnamed reactions and quotes.
            int kind = rng.nextInt(20);
            String rule = kind < 8 ? topic.name() : kind < 12 ? "background" : kind < 17 ? "plain" : "quote";
            String sentence = draft.sentence(rule, true);
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
        /** Stands for "a" or "an" until the next word is known. */
        private static final char INDEFINITE = '\u0001';
        private static final int MAX_UNKNOWN_PEOPLE = 3;

        private final Random rng;
        private final int placeA;
        private final int placeB;
        private final int placeC;
        private final Figure figureP;
        private final Figure figureQ;
        private final String townT;
        private final String townU;
        private final List<String[]> people = new ArrayList<>();
        private boolean introducedP;
        private boolean introducedQ;
        private boolean full;

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
            placeC = otherPlace(placeA, placeB);
            townT = town();
            String u = town();
            while (u.equals(townT)) {
                u = town();
            }
            townU = u;
        }

        String capitalA() {
            return Vocabulary.PLACES.get(placeA).capital();
        }

        /** Renders a rule; a headline ({@code full} false) names people by surname and without roles. */
        String sentence(String rule, boolean full) {
            this.full = full;
            StringBuilder out = new StringBuilder(160);
            expand(rule, out);
            resolveIndefinites(out);
            out.setCharAt(0, Character.toUpperCase(out.charAt(0)));
            // Every quotation in the grammar starts a quoted sentence.
            for (int i = out.indexOf("“"); i >= 0 && i + 1 < out.length(); i = out.indexOf("“", i + 1)) {
                out.setCharAt(i + 1, Character.toUpperCase(out.charAt(i + 1)));
            }
            return out.toString();
        }

        private void expand(String rule, StringBuilder out) {
            List<List<Part>> alternatives = Templates.GRAMMAR.alternatives(rule);
            render(alternatives.get(rng.nextInt(alternatives.size())), out);
        }

        private void render(List<Part> parts, StringBuilder out) {
            for (Part part : parts) {
                if (part instanceof Grammar.Literal literal) {
                    out.append(literal.text());
                } else if (part instanceof Grammar.Choice choice) {
                    render(choice.options().get(rng.nextInt(choice.options().size())), out);
                } else if (part instanceof Grammar.Slot slot && !fill(slot.name(), out)) {
                    expand(slot.name(), out);
                }
            }
        }

        /** Appends an entity; false when the slot is a grammar rule instead. */
        private boolean fill(String name, StringBuilder out) {
            switch (name) {
                case "A" -> out.append(country(placeA));
                case "B" -> out.append(country(placeB));
                case "C" -> out.append(country(placeC));
                case "a" -> out.append(Vocabulary.PLACES.get(placeA).demonym());
                case "b" -> out.append(Vocabulary.PLACES.get(placeB).demonym());
                case "c" -> out.append(Vocabulary.PLACES.get(placeC).demonym());
                case "KA" -> out.append(Vocabulary.PLACES.get(placeA).capital());
                case "KB" -> out.append(Vocabulary.PLACES.get(placeB).capital());
                case "KC" -> out.append(Vocabulary.PLACES.get(placeC).capital());
                case "P" -> {
                    out.append(person(figureP, introducedP || !full));
                    introducedP |= full;
                }
                case "Q" -> {
                    out.append(person(figureQ, introducedQ || !full));
                    introducedQ |= full;
                }
                case "N" -> unknownPerson(out, full, true);
                case "NE" -> unknownPerson(out, full, false);
                case "NN" -> unknownPerson(out, false, false);
                case "T" -> out.append(townT);
                case "U" -> out.append(townU);
                case "O" -> out.append(pick(rng, Vocabulary.ORGANISATIONS));
                case "I" -> out.append(pick(rng, Vocabulary.INSTITUTES));
                case "DAY" -> out.append(pick(rng, Vocabulary.WEEKDAYS));
                case "YEAR" -> out.append(1991 + rng.nextInt(29));
                case "NUM" -> out.append(2 + rng.nextInt(48));
                case "BIG" -> out.append(1 + rng.nextInt(40)).append(',').append(rng.nextInt(10)).append("00");
                case "PCT" -> out.append(1 + rng.nextInt(30)).append('.').append(rng.nextInt(10));
                case "EVENT" -> out.append(pick(rng, Vocabulary.SPORTS_EVENTS));
                case "WEATHER" -> out.append(pick(rng, Vocabulary.WEATHER));
                case "an" -> out.append(INDEFINITE);
                default -> {
                    return false;
                }
            }
            return true;
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

        /**
         * One of the article's (up to three) unknown people: a new one is named in full, with a role when
         * {@code withRole}, and closed by a comma when {@code midSentence}; one met before is named by surname.
         */
        private void unknownPerson(StringBuilder out, boolean withRole, boolean midSentence) {
            if (!people.isEmpty() && (people.size() == MAX_UNKNOWN_PEOPLE || rng.nextBoolean())) {
                out.append(people.get(rng.nextInt(people.size()))[1]);
                return;
            }
            String surname = pick(rng, Vocabulary.LAST_NAMES);
            people.add(new String[] {pick(rng, Vocabulary.FIRST_NAMES), surname});
            out.append(people.get(people.size() - 1)[0]).append(' ').append(surname);
            if (withRole) {
                out.append(", ");
                expand("role", out);
                if (midSentence) {
                    out.append(',');
                }
            }
        }

        private String town() {
            StringBuilder name = new StringBuilder();
            expand("townhead", name);
            expand("towntail", name);
            return name.toString();
        }

        private static void resolveIndefinites(StringBuilder out) {
            for (int i = out.indexOf(String.valueOf(INDEFINITE)); i >= 0; i = out.indexOf(String.valueOf(INDEFINITE), i)) {
                int next = i + 1;
                while (next < out.length() && out.charAt(next) == ' ') {
                    next++;
                }
                int end = next;
                while (end < out.length() && Character.isLetter(out.charAt(end))) {
                    end++;
                }
                out.replace(i, i + 1, Grammar.indefinite(out.substring(next, end)));
            }
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
