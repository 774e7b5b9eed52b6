package io.newstension.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Article ids: input ids namespaced by their source, content hashes without one. */
class ArticleIdsTest {
    @Test
    void anInputIdIsNamespacedByThePublisherElseByTheFileName() {
        String org = ArticleIds.articleId("42", "example.org", "file:/a/feed.jsonl", "https://example.org/x", "T", "text");
        assertTrue(org.matches("i[0-9a-f]{16}"), org);
        assertEquals(org, ArticleIds.articleId(" 42 ", "example.org", "file:/b/other.jsonl", null, "Other", "other"),
                "the publisher decides, not the file or the content");
        assertNotEquals(org, ArticleIds.articleId("42", "example.net", "file:/a/feed.jsonl", "https://example.org/x", "T", "text"));
        String noSource = ArticleIds.articleId("42", null, "file:/a/feed.jsonl", null, "T", "text");
        assertEquals(noSource, ArticleIds.articleId("42", " ", "hdfs://nn/data/feed.jsonl", null, "U", "u"),
                "the file's name, not its folder");
        assertNotEquals(noSource, ArticleIds.articleId("42", null, "file:/a/feed2.jsonl", null, "T", "text"));
        assertNotEquals(noSource, org);
    }

    @Test
    void withoutAnInputIdTheContentDecides() {
        String id = ArticleIds.articleId(null, "example.org", "file:/a/f.jsonl", "https://example.org/x", "T", "text");
        assertTrue(id.matches("a[0-9a-f]{16}"), id);
        assertEquals(id, ArticleIds.articleId(" ", "example.net", "file:/b/g.jsonl", "https://example.org/x", "T", "text"));
        assertNotEquals(id, ArticleIds.articleId(null, "example.org", "file:/a/f.jsonl", "https://example.org/x", "T", "texts"));
    }
}
