package io.newstension.nlp.persons;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads {@value #RESOURCE}: the words that keep a capitalised run from being a person's name, by use. */
final class NameBlockers {
    static final String RESOURCE = "/gazetteer/name_blockers.tsv";
    static final String IN_NAME = "in_name";
    static final String BEFORE_NAME = "before_name";
    private static final String HEADER = "word\tuse";
    private static final Map<String, Set<String>> BY_USE = parse(RESOURCE, read(RESOURCE));

    private NameBlockers() {}

    static Set<String> words(String use) {
        return BY_USE.getOrDefault(use, Set.of());
    }

    /** Rows after the header, '#' lines skipped; every error names the resource and the line. */
    static Map<String, Set<String>> parse(String source, List<String> lines) {
        Map<String, Set<String>> byUse = new HashMap<>();
        boolean header = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (!header) {
                if (!line.equals(HEADER)) {
                    throw new IllegalArgumentException(source + ":" + (i + 1) + ": expected the header '"
                            + HEADER.replace("\t", "\\t") + "', got '" + line + "'");
                }
                header = true;
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 2 || !(f[1].equals(IN_NAME) || f[1].equals(BEFORE_NAME))
                    || f[0].isEmpty() || !f[0].equals(f[0].toLowerCase(java.util.Locale.ROOT))) {
                throw new IllegalArgumentException(source + ":" + (i + 1) + ": expected 'word<TAB>" + IN_NAME + "|"
                        + BEFORE_NAME + "' with the word in lower case, got '" + line + "'");
            }
            byUse.computeIfAbsent(f[1], u -> new HashSet<>()).add(f[0]);
        }
        byUse.replaceAll((use, words) -> Set.copyOf(words));
        return Map.copyOf(byUse);
    }

    private static List<String> read(String resource) {
        InputStream in = NameBlockers.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is not on the classpath; rebuild the jar");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
