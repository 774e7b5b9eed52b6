package io.newstension.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newstension.config.TensionConfig;
import org.junit.jupiter.api.Test;

class JsonArticleParserTest {
    private static final FieldMapping USUAL = FieldMapping.defaults();

    @Test
    void newsPleaseRecord() {
        RawArticle a = JsonArticleParser.parse("{\"url\":\"https://x.org/a\",\"source_domain\":\"x.org\",\"title\":\"T\","
                + "\"maintext\":\"Body\",\"text\":\"ignored\",\"date_publish\":\"None\",\"date_download\":\"2021-05-21 08:00:00\","
                + "\"language\":\"en\",\"authors\":[]}", USUAL).article();
        assertEquals("Body", a.text());
        assertEquals("x.org", a.sourceDomain());
        assertEquals("None", a.datePublish());
        assertEquals("2021-05-21 08:00:00", a.dateDownload());
        assertEquals("en", a.language());
    }

    @Test
    void ccNewsRecord() {
        RawArticle a = JsonArticleParser.parse("{\"title\":\"T\",\"text\":\"Body\",\"domain\":\"news.example.net\","
                + "\"date\":\"2019-11-08 17:05:00\",\"url\":\"https://news.example.net/a\",\"image_url\":null}", USUAL).article();
        assertEquals("Body", a.text());
        assertEquals("news.example.net", a.sourceDomain());
        assertEquals("2019-11-08 17:05:00", a.datePublish());
        assertNull(a.id());
    }

    @Test
    void configuredFieldNamesReplaceTheUsualOnes() {
        FieldMapping custom = FieldMapping.of(new TensionConfig.Fields(
                "doc_id", null, null, null, "story", null, "pubtime", null, null, null));
        RawArticle a = JsonArticleParser.parse("{\"doc_id\":\"d1\",\"story\":\"Body\",\"text\":\"not this\",\"pubtime\":\"2020-01-01\","
                + "\"date\":\"1999-01-01\"}", custom).article();
        assertEquals("d1", a.id());
        assertEquals("Body", a.text());
        assertEquals("2020-01-01", a.datePublish());
    }

    @Test
    void badRecordsGiveQuarantineReasons() {
        assertTrue(JsonArticleParser.parse("{\"title\": \"cut", USUAL).quarantineReason().startsWith("malformed JSON"));
        assertEquals("not a JSON object: array", JsonArticleParser.parse("[1,2]", USUAL).quarantineReason());
        assertEquals("not a JSON object: string", JsonArticleParser.parse("\"text\"", USUAL).quarantineReason());
        assertTrue(JsonArticleParser.parse("{\"authors\":[]}", USUAL).quarantineReason().startsWith("no article fields"));
        assertEquals("empty record", JsonArticleParser.parse(" ", USUAL).quarantineReason());
        String deep = "[".repeat(100) + "]".repeat(100);
        assertTrue(JsonArticleParser.parse(deep, USUAL).quarantineReason().startsWith("malformed JSON"));
    }

    @Test
    void recordWithTitleButNoTextIsAnArticleWithEmptyText() {
        RawArticle a = JsonArticleParser.parse("{\"url\":\"https://x.org/a\",\"title\":\"T\",\"maintext\":null}", USUAL).article();
        assertEquals("", a.text());
    }
}
