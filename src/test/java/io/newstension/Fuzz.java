package io.newstension;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Shared pieces of the property-based fuzz tests (tag {@value #TAG}): input mixers and the seed corpus under
 * {@code src/test/resources/fuzz}. A seed file holds one input per line; {@code #} lines are comments. In
 * {@code .txt} seeds the escapes {@code \n}, {@code \t}, {@code \r}, {@code \\} and {@code \\uXXXX} let one line
 * hold any string; {@code .jsonl} seeds are taken as written.
 */
public final class Fuzz {
    /** The JUnit Platform tag of every fuzz property; they run in the default test group. */
    public static final String TAG = "fuzz";

    private static final String PUNCTUATION = " .,;:!?'\"-()[]{}/\\@#%&*+=<>|~`^_\u2019\u201c\u201d\u00a0\u2014";

    private Fuzz() {}

    /** The inputs of seed file {@code /fuzz/<name>}, unescaped. */
    public static List<String> seeds(String name) {
        String resource = "/fuzz/" + name;
        try (InputStream in = Fuzz.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing seed corpus " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(l -> !l.startsWith("#"))
                    .map(l -> name.endsWith(".jsonl") ? l : unescape(l))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A seed file mixed with {@code generated}: seeds are drawn one time in four. */
    public static Arbitrary<String> withSeeds(String name, Arbitrary<String> generated) {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.of(seeds(name))),
                net.jqwik.api.Tuple.of(3, generated));
    }

    /**
     * Text a scraper could hand over, and text it should not: any UTF-16 unit (lone surrogates included), printable
     * ASCII, letters with punctuation and line breaks, and runs of whitespace and control characters.
     */
    public static Arbitrary<String> messyText(int maxLength) {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(maxLength),
                Arbitraries.strings().ascii().ofMaxLength(maxLength),
                Arbitraries.strings().alpha().numeric().withChars(PUNCTUATION).withChars("\n\r\t").ofMaxLength(maxLength),
                Arbitraries.strings().withChars(" \t\n\r\u000b\f\u0000\u00a0\u2028\u200b\ufeff\u3000\u0085").ofMaxLength(maxLength),
                Arbitraries.strings().withCharRange('\u0400', '\u04ff').withCharRange('\u0600', '\u06ff')
                        .withChars("\u00e9\u0301\u011f\u00df\u0130\u0131 ").ofMaxLength(maxLength));
    }

    /** Pieces joined in random order and number, so near-valid structures come out often. */
    public static Arbitrary<String> joined(Arbitrary<String> pieces, int maxPieces) {
        return pieces.list().ofMaxSize(maxPieces).map(l -> String.join("", l));
    }

    /** A capitalised word: "Kowalczyk", "O'Neal", "Jean-Yves", "USA", "Ž". */
    public static Arbitrary<String> capitalisedWord() {
        Arbitrary<String> plain = Arbitraries.strings().withCharRange('A', 'Z').ofLength(1)
                .flatMap(first -> Arbitraries.strings().withCharRange('a', 'z').ofMaxLength(10).map(rest -> first + rest));
        return Arbitraries.oneOf(plain, plain, plain,
                plain.map(w -> "O'" + w), plain.flatMap(a -> plain.map(b -> a + "-" + b)),
                Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(2).ofMaxLength(4),
                Arbitraries.of("\u017d", "\u00c9mile", "\u0130stanbul", "Erdo\u011fan", "\u041f\u0443\u0442\u0438\u043d"));
    }

    static String unescape(String line) {
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != '\\' || i + 1 == line.length()) {
                out.append(c);
                continue;
            }
            char n = line.charAt(++i);
            switch (n) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case '\\' -> out.append('\\');
                case 'u' -> {
                    out.append((char) Integer.parseInt(line.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append('\\').append(n);
            }
        }
        return out.toString();
    }
}
