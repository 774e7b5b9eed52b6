package io.newstension.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newstension.Fuzz;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/** Fuzz properties of {@link TextCleaner} and {@link ChromeRules}: total, idempotent, only ever removing lines. */
@Tag(Fuzz.TAG)
class TextCleanerFuzzTest {
    private static final ChromeRules RULES = ChromeRules.loadDefault();

    @Property
    void cleanIsIdempotentAndLeavesNoControlOrCurlyQuote(@ForAll("texts") String text) {
        String cleaned = TextCleaner.clean(text);
        assertEquals(cleaned, TextCleaner.clean(cleaned), "clean(clean(x)) != clean(x)");
        assertEquals(cleaned.strip(), cleaned);
        assertFalse(cleaned.contains("\r") || cleaned.contains("\n\n\n") || cleaned.contains("  "), cleaned);
        assertTrue(cleaned.chars().noneMatch(c -> c < 0x20 && c != '\n' || c == 0x7f || c == 0xfeff || c == 0x200b || "\u201c\u201d\u2018\u2019\u00ab\u00bb".indexOf(c) >= 0),
                cleaned);
    }

    @Property
    void cleanArticleOnlyDropsWholeLines(@ForAll("titles") String title, @ForAll("texts") String text) {
        TextCleaner.Cleaned c = TextCleaner.cleanArticle(title, text, RULES);
        String cleaned = TextCleaner.clean(text);
        assertTrue(c.chromeLines() >= 0);
        assertTrue(c.title() == null || !c.title().isEmpty());
        assertEquals(c.text(), TextCleaner.clean(c.text()), "the article text is clean");
        Set<String> lines = Arrays.stream(cleaned.split("\n", -1)).collect(Collectors.toSet());
        for (String line : c.text().isEmpty() ? new String[0] : c.text().split("\n", -1)) {
            assertTrue(lines.contains(line), "line not in the cleaned input: " + line);
        }
        assertTrue(c.text().length() <= cleaned.length());
    }

    @Property
    void chromeRulesNeverFailOnALine(@ForAll("texts") String line) {
        boolean anywhere = RULES.isChrome(line);
        boolean header = RULES.isHeaderChrome(line);
        assertTrue(!anywhere || header, "a line rule applies in the header too");
        if (line.length() > ChromeRules.MAX_CHROME_CHARS) {
            assertFalse(header);
        }
    }

    @Property
    void ruleFilesFailOnlyWithIllegalArgument(@ForAll("ruleLines") List<String> lines) {
        try {
            ChromeRules rules = ChromeRules.parse(lines);
            rules.isChrome("Open the box");
            rules.isHeaderChrome("Open the box");
        } catch (IllegalArgumentException expected) {
            assertTrue(expected.getMessage() != null && !expected.getMessage().isBlank());
        }
    }

    @Example
    void seedTextsAreCleanedIdempotently() {
        assertNull(TextCleaner.clean(null));
        for (String seed : Fuzz.seeds("texts.txt")) {
            cleanIsIdempotentAndLeavesNoControlOrCurlyQuote(seed);
            cleanArticleOnlyDropsWholeLines(seed.lines().findFirst().orElse(null), seed);
        }
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> line = Arbitraries.oneOf(Fuzz.messyText(60),
                Arbitraries.of("Open the boxClose the box", "Advertisement", "Share this article", "Title of the story",
                        "Complete News World", "\u201cQuoted\u201d \u2014 title", ""));
        Arbitrary<String> lines = line.list().ofMaxSize(12).flatMap(l -> Arbitraries.of("\n", "\r\n", "\r", "\n\n\n")
                .map(sep -> String.join(sep, l)));
        return Fuzz.withSeeds("texts.txt", Arbitraries.oneOf(lines, Fuzz.messyText(400),
                Arbitraries.strings().alpha().withChars(" ").ofMinLength(301).ofMaxLength(600)));
    }

    @Provide
    Arbitrary<String> titles() {
        return Arbitraries.oneOf(Fuzz.messyText(40), Arbitraries.of("Title of the story", "Open the boxClose the box"))
                .injectNull(0.2);
    }

    @Provide
    Arbitrary<List<String>> ruleLines() {
        Arbitrary<String> regex = Arbitraries.oneOf(Arbitraries.of("(?x)a #", "a)(?:b", "\\", "[", "(?i)x", "a{2,1}",
                ".*", "(?<n>a)\\k<n>", "\\Q", "\\E)"), Fuzz.messyText(12));
        Arbitrary<String> ruleLine = Arbitraries.oneOf(
                Arbitraries.of("line\t", "header\t", "line ", "#", "", "other\t").flatMap(w -> regex.map(r -> w + r)),
                Fuzz.messyText(20));
        return ruleLine.list().ofMaxSize(6);
    }
}
