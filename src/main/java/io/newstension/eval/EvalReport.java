package io.newstension.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Collects the scores of an evaluation run and renders them: a table for people, the country errors grouped by id
 * (for improving the gazetteer), and one JSON object of the figures, printed last so scripts can take the last line.
 * Mention-level person figures are also given per {@code mentions.method}: that method's mentions alone against all
 * gold PER chunks, so P is the method's precision and R the share of gold mentions it finds (what the layer adds).
 * Document-level figures appear only when JSONL gold was given, country mention figures only for CoNLL gold that
 * links countries.
 */
public final class EvalReport {
    /** One wrong country id in one article, with the text the job matched (empty for a missed country). */
    public record CountryError(String iso3, String url, Set<String> surfaces) {}

    private Prf countryDoc = Prf.ZERO;
    private Prf personDoc = Prf.ZERO;
    private Prf perMention = Prf.ZERO;
    private Prf countryMention = Prf.ZERO;
    private int goldArticles;
    private int matchedArticles;
    private int conllDocuments;
    private int countryMentionDocuments;
    private final Map<String, Prf> perMentionByMethod = new TreeMap<>();
    private int conllSentences;
    private int conllUnaligned;
    private final List<String> missingArticles = new ArrayList<>();
    private final List<CountryError> falsePositives = new ArrayList<>();
    private final List<CountryError> falseNegatives = new ArrayList<>();
    private final List<String> missedPersons = new ArrayList<>();
    private final List<String> spuriousPersons = new ArrayList<>();
    private final List<String> mentionErrors = new ArrayList<>();

    /** A gold article the job's output does not hold: counted as missing, all its gold entities as misses. */
    public void missingArticle(GoldArticle gold) {
        goldArticles++;
        missingArticles.add(gold.url());
        countryDoc = countryDoc.plus(new Prf(0, 0, gold.countries().size()));
        personDoc = personDoc.plus(new Prf(0, 0, gold.persons().size()));
    }

    /** Scores one article; {@code surfaces} maps each predicted country id to the texts it was found as. */
    public void article(GoldArticle gold, Set<String> predictedCountries, List<String> predictedPersons,
            Map<String, Set<String>> surfaces) {
        goldArticles++;
        matchedArticles++;
        DocumentScorer.Result c = DocumentScorer.countries(gold.countries(), predictedCountries);
        countryDoc = countryDoc.plus(c.prf());
        c.falsePositives().forEach(id -> falsePositives.add(new CountryError(id, gold.url(), surfaces.getOrDefault(id, Set.of()))));
        c.falseNegatives().forEach(id -> falseNegatives.add(new CountryError(id, gold.url(), Set.of())));
        DocumentScorer.Result p = DocumentScorer.persons(gold.persons(), predictedPersons);
        personDoc = personDoc.plus(p.prf());
        p.falseNegatives().forEach(n -> missedPersons.add(n + " (" + gold.url() + ")"));
        p.falsePositives().forEach(n -> spuriousPersons.add(n + " (" + gold.url() + ")"));
    }

    /**
     * Adds one CoNLL document's mention-level scores; {@code text} is the article text the offsets refer to.
     * {@code country} is null when the document's gold does not annotate countries (a person-only set);
     * {@code methods} gives the {@code mentions.method} of predicted spans, shown with the spurious ones.
     */
    public void mentions(String text, TokenAligner.Aligned aligned, MentionScorer.Result per, MentionScorer.Result country,
            Map<Span, String> methods) {
        conllDocuments++;
        conllSentences += aligned.sentences();
        conllUnaligned += aligned.unaligned();
        perMention = perMention.plus(per.prf());
        List<MentionScorer.Result> results = new ArrayList<>();
        if (country != null) {
            countryMentionDocuments++;
            countryMention = countryMention.plus(country.prf());
            results.add(country);
        }
        results.add(per);
        for (MentionScorer.Result r : results) {
            r.falsePositives().forEach(s -> mentionErrors.add("  spurious " + describe(text, s)
                    + (methods.containsKey(s) ? " [" + methods.get(s) + "]" : "")));
            r.falseNegatives().forEach(s -> mentionErrors.add("  missed   " + describe(text, s)));
        }
    }

    /**
     * Adds the true and false positives of one document's PER mentions found by {@code method}, scored alone against
     * the document's gold (which {@link #mentions} counts): the method's misses are all gold mentions it did not find.
     */
    public void personMethod(String method, MentionScorer.Result per) {
        perMentionByMethod.merge(method, new Prf(per.prf().tp(), per.prf().fp(), 0), Prf::plus);
    }

    private Prf withGold(Prf method) {
        return new Prf(method.tp(), method.fp(), perMention.tp() + perMention.fn() - method.tp());
    }

    private static String describe(String text, Span s) {
        return s.type() + (s.id() == null ? "" : " " + s.id()) + " '" + text.substring(s.begin(), s.end()) + "' at "
                + s.begin() + ".." + s.end();
    }

    public List<String> lines(int maxErrors) {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "%-9s %-9s %6s %6s %6s %6s %6s %7s %7s %7s",
                "entity", "level", "gold", "pred", "tp", "fp", "fn", "P", "R", "F1"));
        if (goldArticles > 0) {
            out.add(row("COUNTRY", "document", countryDoc));
            out.add(row("PERSON", "document", personDoc));
        }
        if (countryMentionDocuments > 0) {
            out.add(row("COUNTRY", "mention", countryMention));
        }
        if (conllDocuments > 0) {
            out.add(row("PER", "mention", perMention));
            perMentionByMethod.forEach((method, prf) -> out.add(row(" " + method, "mention", withGold(prf))));
        }
        out.add(String.format(Locale.ROOT, "JSONL gold: %d articles, %d found in the output%s", goldArticles,
                matchedArticles, missingArticles.isEmpty() ? "" : " (missing: " + String.join(", ", missingArticles) + ")"));
        if (conllDocuments > 0) {
            out.add(String.format(Locale.ROOT, "CoNLL gold: %d documents, %d sentences, %d could not be aligned to articles.text",
                    conllDocuments, conllSentences, conllUnaligned));
            out.add("mention errors: " + mentionErrors.size());
            mentionErrors.stream().limit(maxErrors).forEach(out::add);
        }
        if (goldArticles > 0) {
            out.add("country false positives by id (count: url [surfaces]):");
            grouped(falsePositives, maxErrors, out);
            out.add("country false negatives by id (count: url):");
            grouped(falseNegatives, maxErrors, out);
            out.add("persons missed: " + missedPersons.size() + ", spurious: " + spuriousPersons.size());
            missedPersons.stream().limit(maxErrors).forEach(s -> out.add("  missed   " + s));
            spuriousPersons.stream().limit(maxErrors).forEach(s -> out.add("  spurious " + s));
        }
        return out;
    }

    /** The figures as one JSON object on one line. */
    public String json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("gold_articles", goldArticles);
        m.put("matched_articles", matchedArticles);
        if (goldArticles > 0) {
            m.put("country_document", figures(countryDoc));
            m.put("person_document", figures(personDoc));
        }
        if (countryMentionDocuments > 0) {
            m.put("country_mention", figures(countryMention));
        }
        if (conllDocuments > 0) {
            m.put("per_mention", figures(perMention));
            Map<String, Object> byMethod = new LinkedHashMap<>();
            perMentionByMethod.forEach((method, prf) -> byMethod.put(method, figures(withGold(prf))));
            m.put("per_mention_by_method", byMethod);
            m.put("conll_sentences", conllSentences);
            m.put("conll_unaligned_sentences", conllUnaligned);
        }
        try {
            return new ObjectMapper().writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the figures as JSON", e);
        }
    }

    private static Map<String, Object> figures(Prf prf) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("precision", round(prf.precision()));
        m.put("recall", round(prf.recall()));
        m.put("f1", round(prf.f1()));
        m.put("tp", prf.tp());
        m.put("fp", prf.fp());
        m.put("fn", prf.fn());
        return m;
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

    private static String row(String entity, String level, Prf prf) {
        return String.format(Locale.ROOT, "%-9s %-9s %6d %6d %6d %6d %6d %7.4f %7.4f %7.4f", entity, level,
                prf.tp() + prf.fn(), prf.tp() + prf.fp(), prf.tp(), prf.fp(), prf.fn(), prf.precision(), prf.recall(), prf.f1());
    }

    private static void grouped(List<CountryError> errors, int max, List<String> out) {
        Map<String, List<CountryError>> byId = new TreeMap<>();
        errors.forEach(e -> byId.computeIfAbsent(e.iso3(), k -> new ArrayList<>()).add(e));
        byId.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, List<CountryError>> e) -> -e.getValue().size())
                        .thenComparing(Map.Entry::getKey))
                .limit(max)
                .forEach(e -> {
                    out.add("  " + e.getKey() + " " + e.getValue().size() + ":");
                    e.getValue().stream().limit(10).forEach(err -> out.add("      " + err.url()
                            + (err.surfaces().isEmpty() ? "" : " " + err.surfaces())));
                });
    }
}
