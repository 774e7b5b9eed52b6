package io.newstension.nlp.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads and checks the two gazetteer tables; every error names the resource, the line and what was expected. */
final class GazetteerTsv {
    static final String COUNTRIES_HEADER = "alias\tiso3\tkind\tname";
    static final String AMBIGUOUS_HEADER = "alias\tiso3\trule";
    static final Set<String> KINDS = Set.of("name", "official", "alt", "abbrev", "demonym", "demonym_plural",
            "capital", "metonym", "historical", Resolved.CITY);

    /** One row of countries.tsv. */
    record AliasRow(String alias, Country country, String kind) {}

    /** One row of ambiguous.tsv; {@code iso3} is "-" for blockers. */
    record RuleRow(String alias, String iso3, AmbiguityRule rule) {}

    private GazetteerTsv() {}

    static List<String> readResource(String resource) {
        InputStream in = GazetteerTsv.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("gazetteer resource " + resource + " is not on the classpath; "
                    + "run tools/gazetteer/build_countries.py and rebuild");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer resource " + resource, e);
        }
    }

    static List<AliasRow> parseCountries(String source, List<String> lines) {
        List<AliasRow> rows = new ArrayList<>();
        for (String[] f : fields(source, lines, COUNTRIES_HEADER)) {
            String where = source + ":" + f[f.length - 1];
            if (!KINDS.contains(f[2])) {
                throw new IllegalArgumentException(where + ": expected kind one of " + KINDS + ", got '" + f[2] + "'");
            }
            try {
                rows.add(new AliasRow(f[0], new Country(f[1], f[3]), f[2]));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
        }
        return rows;
    }

    static List<RuleRow> parseAmbiguous(String source, List<String> lines) {
        List<RuleRow> rows = new ArrayList<>();
        for (String[] f : fields(source, lines, AMBIGUOUS_HEADER)) {
            String where = source + ":" + f[f.length - 1];
            AmbiguityRule rule = AmbiguityRule.of(f[2]).orElseThrow(() -> new IllegalArgumentException(
                    where + ": expected a rule keyword of ambiguous.tsv, got '" + f[2] + "'"));
            boolean blocker = rule == AmbiguityRule.BLOCK;
            if (blocker != f[1].equals("-")) {
                throw new IllegalArgumentException(where + ": expected iso3 '-' exactly for rule 'block', got '"
                        + f[1] + "' with rule '" + f[2] + "'");
            }
            rows.add(new RuleRow(f[0], f[1], rule));
        }
        return rows;
    }

    /** Data rows split on tabs, each with its 1-based line number appended as a last field. */
    private static List<String[]> fields(String source, List<String> lines, String header) {
        if (lines.isEmpty() || !lines.get(0).equals(header)) {
            throw new IllegalArgumentException(source + ": expected header '" + header.replace("\t", "<TAB>")
                    + "', got '" + (lines.isEmpty() ? "" : lines.get(0).replace("\t", "<TAB>")) + "'");
        }
        int columns = header.split("\t").length;
        List<String[]> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("\t", -1);
            if (parts.length != columns || List.of(parts).contains("")) {
                throw new IllegalArgumentException(source + ":" + (i + 1) + ": expected " + columns
                        + " non-empty tab-separated fields, got '" + line + "'");
            }
            String[] withLine = java.util.Arrays.copyOf(parts, columns + 1);
            withLine[columns] = String.valueOf(i + 1);
            rows.add(withLine);
        }
        return rows;
    }
}
