package io.newstension.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Article ids: input ids namespaced by their source, content hashes without one. */
class ArticleIdsTest {
    @Test
    void anInputIdIsNamespacedByThePublisherElseByTheFileName() {
        String org = ArticleIds.articleId("42", "example.org", "file:/a/feed.jsonl", "https://example.org/x", ArticleIds.textKey("T", "text"));
        assertTrue(org.matches("i[0-9a-f]{16}"), org);
        assertEquals(org, ArticleIds.articleId(" 42 ", "example.org", "file:/b/other.jsonl", null, ArticleIds.textKey("Other", "other")),
                "the publisher decides, not the file or the content");
        assertNotEquals(org, ArticleIds.articleId("42", "example.net", "file:/a/feed.jsonl", "https://example.org/x", ArticleIds.textKey("T", "text")));
        String noSource = ArticleIds.articleId("42", null, "file:/a/feed.jsonl", null, ArticleIds.textKey("T", "text"));
        assertEquals(noSource, ArticleIds.articleId("42", " ", "hdfs://nn/data/feed.jsonl", null, ArticleIds.textKey("U", "u")),
                "the file's name, not its folder");
        assertNotEquals(noSource, ArticleIds.articleId("42", null, "file:/a/feed2.jsonl", null, ArticleIds.textKey("T", "text")));
        assertNotEquals(noSource, org);
    }

    @Test
    void withoutAnInputIdTheContentDecides() {
        String id = ArticleIds.articleId(null, "example.org", "file:/a/f.jsonl", "https://example.org/x", ArticleIds.textKey("T", "text"));
        assertTrue(id.matches("a[0-9a-f]{16}"), id);
        assertEquals(id, ArticleIds.articleId(" ", "example.net", "file:/b/g.jsonl", "https://example.org/x", ArticleIds.textKey("T", "text")));
        assertNotEquals(id, ArticleIds.articleId(null, "example.org", "file:/a/f.jsonl", "https://example.org/x", ArticleIds.textKey("T", "texts")));
    }

    @Test
    void aNullTitleIsNotAnEmptyOneAndTitleAndTextDoNotRunTogether() {
        assertNotEquals(ArticleIds.textKey(null, "text"), ArticleIds.textKey("", "text"));
        assertNotEquals(ArticleIds.textKey("ab", "c"), ArticleIds.textKey("a", "bc"));
        assertEquals(ArticleIds.textKey("T", "text"), ArticleIds.textKey("T", "text"));
    }

    @Test
    void aRedeliveryGetsASuffixThatItsBaseIdDropsAgain() {
        String id = ArticleIds.articleId(null, null, null, "https://example.org/x", ArticleIds.textKey("T", "text"));
        assertEquals(id, ArticleIds.redelivery(id, 1));
        assertEquals(id + "-3", ArticleIds.redelivery(id, 3));
        assertEquals(id, ArticleIds.baseId(ArticleIds.redelivery(id, 3)));
        assertEquals(id, ArticleIds.baseId(id));
    }
}
