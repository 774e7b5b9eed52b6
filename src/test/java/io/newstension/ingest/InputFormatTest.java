package io.newstension.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InputFormatTest {
    private static final Optional<InputFormat> AUTO = Optional.empty();

    @Test
    void autoPicksTheFormatByExtensionUnderCompression() {
        assertEquals(Optional.of(InputFormat.NEWSPLEASE), InputFormat.forFile("a/b.jsonl.gz", AUTO));
        assertEquals(Optional.of(InputFormat.CSV), InputFormat.forFile("b.TSV.bz2", AUTO));
        assertEquals(Optional.of(InputFormat.TEXT), InputFormat.forFile("story.txt", AUTO));
        assertEquals(Optional.of(InputFormat.PARQUET), InputFormat.forFile("part-0.parquet", AUTO));
        assertEquals(Optional.empty(), InputFormat.forFile("dump.gz", AUTO));
    }

    @Test
    void listingTakesOnlyTheConfiguredFormatsFiles() {
        assertTrue(InputFormat.accepts("x.jsonl", AUTO));
        assertTrue(InputFormat.accepts("x.gz", AUTO), "compressed without inner extension: content decides");
        assertFalse(InputFormat.accepts("README.md", AUTO));
        assertFalse(InputFormat.accepts("LICENSE", AUTO));
        assertFalse(InputFormat.accepts("x.parquet.gz", AUTO));
        Optional<InputFormat> csv = InputFormat.named("csv");
        assertTrue(InputFormat.accepts("x.csv.gz", csv));
        assertFalse(InputFormat.accepts("x.jsonl", csv));
        assertTrue(InputFormat.accepts("export", csv), "an extensionless file is read in the named format");
    }

    @Test
    void namedFormats() {
        assertEquals(Optional.empty(), InputFormat.named("auto"));
        assertEquals(Optional.of(InputFormat.CCNEWS), InputFormat.named("ccnews"));
        assertThrows(IllegalArgumentException.class, () -> InputFormat.named("xml"));
    }

    @Test
    void contentSniffing() {
        byte[] json = "  {\"title\": 1}".getBytes(StandardCharsets.UTF_8);
        byte[] parquet = "PAR1....".getBytes(StandardCharsets.UTF_8);
        byte[] text = "Title\nBody".getBytes(StandardCharsets.UTF_8);
        assertEquals(InputFormat.NEWSPLEASE, InputFormat.sniff(json, json.length));
        assertEquals(InputFormat.PARQUET, InputFormat.sniff(parquet, parquet.length));
        assertEquals(InputFormat.TEXT, InputFormat.sniff(text, text.length));
        assertEquals(InputFormat.TEXT, InputFormat.sniff(new byte[0], 0));
    }
}
