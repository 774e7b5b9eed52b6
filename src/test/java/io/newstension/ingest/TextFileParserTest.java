package io.newstension.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextFileParserTest {
    @Test
    void firstNonBlankLineIsTheTitle() {
        RawArticle a = TextFileParser.parse("\n\n  Council approves budget \n\nThe council met.\n").article();
        assertEquals("Council approves budget", a.title());
        assertEquals("\nThe council met.\n", a.text());
    }

    @Test
    void titleOnlyAndEmptyFiles() {
        assertEquals("", TextFileParser.parse("Just a title").article().text());
        assertEquals("empty text file", TextFileParser.parse(" \n ").quarantineReason());
    }
}
