package io.newstension.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextCleanerTest {
    private static final ChromeRules RULES = ChromeRules.loadDefault();
    private static final String TITLE = "Foreign Ministers' Meeting - Blinken and Lavrov: Discussing differences in front of the camera - news";

    private static String seedText() throws IOException {
        try (InputStream in = TextCleanerTest.class.getResourceAsStream("/fixtures/seed/article-blinken-lavrov.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void whitespaceQuotesAndControlCharactersAreNormalised() {
        assertEquals("A \"quote\"\n\nB", TextCleaner.clean("A\u00a0 \u201cquote\u201d\r\n\r\n\r\nB"));
        assertEquals("NUL gone", TextCleaner.clean("NUL\u0000 gone\u0007"));
    }

    @Test
    void seedWithItsOwnTitleLosesTitleLinesSiteNameAndWidgets() throws IOException {
        String text = seedText();
        TextCleaner.Cleaned c = TextCleaner.cleanArticle(TITLE, text, RULES);
        assertEquals(TITLE, c.title());
        assertTrue(c.text().startsWith("• US Secretary of State Anthony Blinkin"), c.text().substring(0, 60));
        assertFalse(c.text().contains("Complete News World"));
        assertFalse(c.text().contains("in front of the camera"));
        assertFalse(c.text().contains("Open the box"));
        assertTrue(c.text().contains("\n\nStrained relationship\n\nRelations between"), "subheading and body kept");
        assertTrue(c.text().endsWith("SRF 4 News, May 20, 2021; 5:00 pm.;"));
        assertEquals(5, c.chromeLines(), "site name, two title lines, two widgets");
    }

    @Test
    void textFileWhoseFirstLineIsTheSiteNameTakesTheRepeatedLineAsTitle() throws IOException {
        String text = seedText();
        int firstBreak = text.indexOf('\n');
        TextCleaner.Cleaned c = TextCleaner.cleanArticle(text.substring(0, firstBreak), text.substring(firstBreak + 1), RULES);
        assertEquals(TITLE, c.title());
        assertTrue(c.text().startsWith("• US Secretary of State"));
        assertFalse(c.text().contains("in front of the camera"));
    }

    @Test
    void ordinaryArticleIsLeftAlone() {
        String text = "Friday, January 4, 2019\n\nAn apartment building collapsed on Monday.\n\nShare this article\n\nRescuers worked overnight.";
        TextCleaner.Cleaned c = TextCleaner.cleanArticle("Building collapses", text, RULES);
        assertEquals("Friday, January 4, 2019\n\nAn apartment building collapsed on Monday.\n\nRescuers worked overnight.", c.text());
        assertEquals("Building collapses", c.title());
        assertEquals(1, c.chromeLines());
        assertFalse(c.controlCharacters());
    }

    @Test
    void cookieAndShareLinesGoButSentencesMentioningThemStay() {
        String text = "We use cookies to improve your experience. Accept?\nShare on Facebook\n"
                + "The minister said she would share the report with Parliament.\nAdvertisement\nThe end.";
        assertEquals("The minister said she would share the report with Parliament.\nThe end.",
                TextCleaner.cleanArticle("Report", text, RULES).text());
    }

    @Test
    void textOfOnlyChromeBecomesEmpty() {
        TextCleaner.Cleaned c = TextCleaner.cleanArticle("Menu", "Open the boxClose the box\nAdvertisement", RULES);
        assertEquals("", c.text());
        assertTrue(TextCleaner.cleanArticle(null, "x\u0000y", RULES).controlCharacters());
    }
}
