package io.newstension.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvParserTest {
    @Test
    void quotedFieldsHoldDelimitersNewlinesAndDoubledQuotes() {
        assertEquals(List.of("a", "b \"c\"", "d"), CsvParser.fields("a,\"b \"\"c\"\"\",d", ','));
        assertEquals(List.of("x,y", "line1\nline2"), CsvParser.fields("\"x,y\",\"line1\nline2\"", ','));
        assertEquals(List.of("", "", ""), CsvParser.fields(",,", ','));
        assertEquals(List.of("a", "b"), CsvParser.fields("a\tb", '\t'));
    }

    @Test
    void unterminatedQuoteIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> CsvParser.fields("\"open,field", ','));
    }
}
