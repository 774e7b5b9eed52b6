package io.newstension.config;

import static io.newstension.config.ConfigException.check;

import java.util.List;
import java.util.Set;

/** The job's whole configuration, bound from {@code conf/tension.yaml}; every record checks its keys on construction. */
public record TensionConfig(
        Input input,
        Output output,
        Dates dates,
        Dedup dedup,
        Language language,
        Nlp nlp,
        Comention comention,
        Aggregate aggregate,
        Spark spark) {

    public TensionConfig {
        check(input != null, "input", "section is missing");
        check(output != null, "output", "section is missing");
        check(dates != null, "dates", "section is missing");
        check(dedup != null, "dedup", "section is missing");
        check(language != null, "language", "section is missing");
        check(nlp != null, "nlp", "section is missing");
        check(comention != null, "comention", "section is missing");
        check(aggregate != null, "aggregate", "section is missing");
        check(spark != null, "spark", "section is missing");
    }

    public static final Set<String> FORMATS = Set.of("auto", "newsplease", "ccnews", "csv", "parquet", "text");
    public static final String OVERWRITE = "overwrite";
    public static final String INCREMENTAL = "incremental";
    public static final Set<String> MODES = Set.of(OVERWRITE, INCREMENTAL);
    public static final Set<String> GRANULARITIES = Set.of("day", "week", "month", "year");
    public static final Set<String> WINDOWS = Set.of("sentence", "document");

    public record Input(
            List<String> paths, String format, Integer maxTextChars, Integer maxRawChars, Fields fields, String csvDelimiter,
            Boolean csvMultiline) {
        public Input {
            check(paths != null && !paths.isEmpty(), "input.paths", "give at least one file, directory or glob");
            check(paths.stream().allMatch(p -> p != null && !p.isBlank()), "input.paths", "an entry is empty");
            paths = List.copyOf(paths);
            check(format != null && FORMATS.contains(format), "input.format",
                    "expected one of " + sorted(FORMATS) + ", got " + format);
            check(maxTextChars != null && maxTextChars >= 1_000, "input.max_text_chars",
                    "expected an integer >= 1000, got " + maxTextChars);
            check(maxRawChars != null && maxRawChars >= 0, "input.max_raw_chars",
                    "expected an integer >= 0, got " + maxRawChars);
            check(fields != null, "input.fields", "section is missing");
            check(csvDelimiter != null && csvDelimiter.length() == 1 && csvDelimiter.charAt(0) != '"',
                    "input.csv_delimiter", "expected one character other than a double quote, got " + csvDelimiter);
            check(csvMultiline != null, "input.csv_multiline", "expected true or false");
        }
    }

    /** Input field (JSON key, CSV header, Parquet column) of each article field; null means the usual names. */
    public record Fields(
            String id,
            String url,
            String sourceDomain,
            String title,
            String text,
            String description,
            String datePublish,
            String dateModify,
            String dateDownload,
            String language) {}

    public record Output(String path, String mode, Boolean force, Integer maxRecordsPerFile) {
        public Output {
            check(force != null, "output.force", "expected true or false");
            check(maxRecordsPerFile != null && maxRecordsPerFile >= 1, "output.max_records_per_file",
                    "expected a number of rows >= 1, got " + maxRecordsPerFile);
            check(path != null && !path.isBlank(), "output.path", "give the output folder");
            check(mode != null && MODES.contains(mode), "output.mode",
                    "expected one of " + sorted(MODES) + ", got " + mode);
        }
    }

    public record Dates(Integer minYear, Integer maxFutureDays, Integer textSliceChars) {
        public Dates {
            check(minYear != null && minYear >= 1000 && minYear <= 2100, "dates.min_year",
                    "expected a year between 1000 and 2100, got " + minYear);
            check(maxFutureDays != null && maxFutureDays >= 0, "dates.max_future_days",
                    "expected an integer >= 0, got " + maxFutureDays);
            check(textSliceChars != null && textSliceChars >= 50 && textSliceChars <= 5_000, "dates.text_slice_chars",
                    "expected an integer from 50 to 5000, got " + textSliceChars);
        }
    }

    public record Dedup(Boolean nearDuplicates, Double minSimilarity, Integer shingleWords, Integer bands,
                        Integer rowsPerBand) {
        public Dedup {
            check(nearDuplicates != null, "dedup.near_duplicates", "expected true or false");
            check(minSimilarity != null && minSimilarity > 0 && minSimilarity <= 1, "dedup.min_similarity",
                    "expected a number in (0, 1], got " + minSimilarity);
            check(shingleWords != null && shingleWords >= 1 && shingleWords <= 10, "dedup.shingle_words",
                    "expected an integer from 1 to 10, got " + shingleWords);
            check(bands != null && bands >= 1 && bands <= 100, "dedup.bands",
                    "expected an integer from 1 to 100, got " + bands);
            check(rowsPerBand != null && rowsPerBand >= 1 && rowsPerBand <= 20, "dedup.rows_per_band",
                    "expected an integer from 1 to 20, got " + rowsPerBand);
        }
    }

    public record Language(List<String> languages, List<String> detectAmong) {
        public Language {
            check(languages != null && !languages.isEmpty(), "language.languages",
                    "give at least one ISO 639-1 code, e.g. [en]");
            check(languages.stream().allMatch(l -> l != null && l.matches("[a-z]{2}")), "language.languages",
                    "expected two-letter ISO 639-1 codes, got " + languages);
            languages = List.copyOf(languages);
            check(detectAmong != null && detectAmong.containsAll(languages), "language.detect_among",
                    "must contain every language of language.languages " + languages + ", got " + detectAmong);
            check(detectAmong.size() >= 2, "language.detect_among",
                    "the detector needs at least two languages to choose among, got " + detectAmong);
            check(detectAmong.stream().allMatch(l -> l != null && l.matches("[a-z]{2}")), "language.detect_among",
                    "expected two-letter ISO 639-1 codes, got " + detectAmong);
            List<String> missing = detectAmong.stream().filter(l -> !ShippedLanguages.CODES.contains(l)).toList();
            check(missing.isEmpty(), "language.detect_among",
                    "the job jar has no language model for " + missing + "; it ships " + ShippedLanguages.CODES
                            + ". Leave them out, or add them to the property " + ShippedLanguages.POM_PROPERTY
                            + " in pom.xml and rebuild the jar");
            detectAmong = List.copyOf(detectAmong);
        }
    }

    public record Nlp(Integer partitions, Integer maxSentencesPerArticle, Integer maxMentionsPerArticle,
                      Toggle countries, Toggle persons, Ner ner) {
        public Nlp {
            check(maxSentencesPerArticle != null && maxSentencesPerArticle >= 1, "nlp.max_sentences_per_article",
                    "expected an integer >= 1, got " + maxSentencesPerArticle);
            check(maxMentionsPerArticle != null && maxMentionsPerArticle >= 1, "nlp.max_mentions_per_article",
                    "expected an integer >= 1, got " + maxMentionsPerArticle);
            check(ner != null, "nlp.ner", "section is missing");
            check(partitions != null && partitions >= 0, "nlp.partitions",
                    "expected 0 (automatic) or a positive integer, got " + partitions);
            check(countries != null && countries.enabled() != null, "nlp.countries.enabled", "expected true or false");
            check(persons != null && persons.enabled() != null, "nlp.persons.enabled", "expected true or false");
        }
    }

    /** A user's pretrained Spark NLP model, loaded from local paths (checked when the pipeline is built). */
    public record Ner(String model, String embeddings) {
        public Ner {
            check(model == null || !model.isBlank(), "nlp.ner.model", "give a model folder or leave it null");
            check(embeddings == null || !embeddings.isBlank(), "nlp.ner.embeddings", "give an embeddings folder or leave it null");
            check(model != null || embeddings == null, "nlp.ner.embeddings", "is set but nlp.ner.model is not");
        }
    }

    /** A feature that can be switched off. */
    public record Toggle(Boolean enabled) {}

    public record Comention(String window, Integer maxPairsPerArticle) {
        public Comention {
            check(window != null && WINDOWS.contains(window), "comention.window",
                    "expected one of " + sorted(WINDOWS) + ", got " + window);
            check(maxPairsPerArticle != null && maxPairsPerArticle >= 1, "comention.max_pairs_per_article",
                    "expected an integer >= 1, got " + maxPairsPerArticle);
        }
    }

    public record Aggregate(
            List<String> granularities,
            Double priorTension,
            Double priorStrength,
            Double maxArticleWeight,
            Integer baselinePeriods,
            Integer minBaselinePeriods,
            Integer evidence) {
        public Aggregate {
            check(granularities != null && !granularities.isEmpty(), "aggregate.granularities",
                    "give at least one of " + sorted(GRANULARITIES));
            for (String g : granularities) {
                check(GRANULARITIES.contains(g), "aggregate.granularities",
                        "expected values from " + sorted(GRANULARITIES) + ", got " + g);
            }
            check(Set.copyOf(granularities).size() == granularities.size(), "aggregate.granularities",
                    "lists a granularity twice: " + granularities);
            granularities = List.copyOf(granularities);
            check(priorTension != null && priorTension >= 0 && priorTension <= 1, "aggregate.prior_tension",
                    "expected a number in [0, 1], got " + priorTension);
            check(priorStrength != null && priorStrength > 0, "aggregate.prior_strength",
                    "expected a number > 0, got " + priorStrength);
            check(maxArticleWeight != null && maxArticleWeight > 0, "aggregate.max_article_weight",
                    "expected a number > 0, got " + maxArticleWeight);
            check(baselinePeriods != null && baselinePeriods >= 2, "aggregate.baseline_periods",
                    "expected an integer >= 2, got " + baselinePeriods);
            check(minBaselinePeriods != null && minBaselinePeriods >= 2, "aggregate.min_baseline_periods",
                    "expected an integer >= 2, got " + minBaselinePeriods);
            check(minBaselinePeriods <= baselinePeriods, "aggregate.min_baseline_periods",
                    "must not exceed aggregate.baseline_periods (" + baselinePeriods + "), got " + minBaselinePeriods);
            check(evidence != null && evidence >= 1 && evidence <= 5, "aggregate.evidence",
                    "expected an integer from 1 to 5, got " + evidence);
        }
    }

    /**
     * Spark settings. {@code shufflePartitions} null leaves {@code spark.sql.shuffle.partitions} to Spark; a number is
     * used only when Spark's configuration (spark-submit {@code --conf}, ...) does not set it. {@code progressSeconds}:
     * the interval of the progress lines of long stages, 0 for none.
     */
    public record Spark(String appName, Integer shufflePartitions, Integer progressSeconds) {
        public Spark {
            check(appName != null && !appName.isBlank(), "spark.app_name", "give a name");
            check(shufflePartitions == null || shufflePartitions >= 1, "spark.shuffle_partitions",
                    "expected null (Spark's own setting) or an integer >= 1, got " + shufflePartitions);
            check(progressSeconds != null && progressSeconds >= 0, "spark.progress_seconds",
                    "expected an integer >= 0 (0: no progress lines), got " + progressSeconds);
        }
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }
}
