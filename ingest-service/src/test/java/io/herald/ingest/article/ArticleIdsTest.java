package io.herald.ingest.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.junit.jupiter.api.Test;

class ArticleIdsTest {

    @Test
    void articleIdIsSourceAndSourceId() {
        assertEquals("demo:2026-04-06-p01-a1", ArticleIds.articleId("demo", "2026-04-06-p01-a1"));
    }

    @Test
    void articleWithoutSourceIdGetsADistinctRandomId() {
        String first = ArticleIds.articleId("demo", null);
        String second = ArticleIds.articleId("demo", null);

        assertTrue(first.startsWith("demo:"), first);
        UUID.fromString(first.substring("demo:".length()));
        assertNotEquals(first, second);
    }

    @Test
    void eventIdIsTheSameForTheSameRevision() {
        assertEquals(ArticleIds.eventId("demo:a1", 2), ArticleIds.eventId("demo:a1", 2));
    }

    @Test
    void eventIdDiffersByRevisionAndByArticle() {
        UUID revisionOne = ArticleIds.eventId("demo:a1", 1);

        assertNotEquals(revisionOne, ArticleIds.eventId("demo:a1", 2));
        assertNotEquals(revisionOne, ArticleIds.eventId("demo:a2", 1));
        assertNotEquals(ArticleIds.eventId("demo:a1", 12), ArticleIds.eventId("demo:a11", 2));
    }

    @Test
    void eventIdIsANameBasedUuid() {
        assertEquals(3, ArticleIds.eventId("demo:a1", 1).version());
    }
}
