package io.newstension.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Which text lines are site chrome rather than article: rules as data, loaded from the classpath resource
 * {@code clean/chrome-lines.tsv} ({@code line} rules apply anywhere, {@code header} rules only before the body).
 * A rule matches a whole line, case-insensitively; a line over {@value #MAX_CHROME_CHARS} characters is never chrome.
 */
public final class ChromeRules implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final String RESOURCE = "/clean/chrome-lines.tsv";
    static final int MAX_CHROME_CHARS = 300;

    private final Pattern anywhere;
    private final Pattern header;

    ChromeRules(List<String> lineRules, List<String> headerRules) {
        this.anywhere = union(lineRules);
        this.header = union(headerRules);
    }

    /** The bundled rules. */
    public static ChromeRules loadDefault() {
        try (InputStream in = ChromeRules.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Rules from {@code where<TAB>regex} lines; blank lines and {@code #} comments are skipped. */
    static ChromeRules parse(List<String> lines) {
        List<String> line = new ArrayList<>();
        List<String> header = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            String[] parts = l.split("\t", 2);
            if (parts.length != 2 || !(parts[0].equals("line") || parts[0].equals("header"))) {
                throw new IllegalArgumentException(RESOURCE + " line " + (i + 1) + ": expected line|header<TAB>regex, got " + l);
            }
            try {
                Pattern.compile(parts[1]);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(RESOURCE + " line " + (i + 1) + ": bad regex: " + e.getDescription(), e);
            }
            (parts[0].equals("line") ? line : header).add(parts[1]);
        }
        return new ChromeRules(line, header);
    }

    /** Whether the (cleaned, one-line) {@code line} is chrome wherever it stands. */
    public boolean isChrome(String line) {
        return matches(anywhere, line);
    }

    /** Whether {@code line} is chrome when it stands before the article body. */
    public boolean isHeaderChrome(String line) {
        return matches(header, line) || matches(anywhere, line);
    }

    private static boolean matches(Pattern p, String line) {
        return p != null && line.length() <= MAX_CHROME_CHARS && p.matcher(line.strip()).matches();
    }

    private static Pattern union(List<String> rules) {
        if (rules.isEmpty()) {
            return null;
        }
        return Pattern.compile("(?:" + String.join(")|(?:", rules) + ")",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
