package io.newstension.clean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChromeRulesTest {
    private static final ChromeRules RULES = ChromeRules.loadDefault();

    @ParameterizedTest
    @ValueSource(strings = {"Open the boxClose the box", "open the box close the box", "Share this article", "Tweet",
        "Share on WhatsApp", "Facebook | Twitter | Email", "This website uses cookies to give you the best experience.",
        "Accept all cookies", "Subscribe to our newsletter", "Advertisement", "Read more:", "© 2021 Example Media",
        "All rights reserved."})
    void chromeLines(String line) {
        assertTrue(RULES.isChrome(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Strained relationship", "The talks will be shared with the press.",
        "Cookies were served at the reception.", "Open the talks, close the border, said the minister.",
        "Read the statement in full on Friday, officials said."})
    void articleLines(String line) {
        assertFalse(RULES.isChrome(line), line);
    }

    @Test
    void headerRulesOnlyApplyAtTheTop() {
        assertTrue(RULES.isHeaderChrome("Home > News > World"));
        assertFalse(RULES.isChrome("Home > News > World"));
    }

    @Test
    void badRuleFilesAreRejectedWithTheLine() {
        assertThrows(IllegalArgumentException.class, () -> ChromeRules.parse(List.of("anywhere\tx")));
        assertThrows(IllegalArgumentException.class, () -> ChromeRules.parse(List.of("line\t(unclosed")));
    }
}
