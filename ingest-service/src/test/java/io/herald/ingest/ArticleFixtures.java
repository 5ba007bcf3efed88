package io.herald.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Request bodies for tests: the first article of the 2026-04-06 front page, changed as a test needs. */
public final class ArticleFixtures {

    /** Reads the fixtures as the service does: ISO dates, Java time types. */
    public static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();

    private ArticleFixtures() {
    }

    /** A fresh, mutable copy of {@code articles/seed-article.json}. */
    public static ObjectNode seedArticle() {
        try (InputStream in = ArticleFixtures.class.getResourceAsStream("/articles/seed-article.json")) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed article with a source id of the test's own, so that its events are told apart from others'. */
    public static ObjectNode seedArticle(String sourceId) {
        ObjectNode article = seedArticle();
        article.put("sourceId", sourceId);
        return article;
    }
}
