package io.herald.ingest.formats.ninjs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.herald.ingest.ArticleFixtures;

/** ninjs 2.1 request bodies for tests. */
public final class NinjsFixtures {

    private NinjsFixtures() {
    }

    /** A fresh copy of {@code ninjs/zgc-forum.json}: headlines, an HTML body, by, located, subjects, a picture. */
    public static ObjectNode zgcForum() {
        try (InputStream in = NinjsFixtures.class.getResourceAsStream("/ninjs/zgc-forum.json")) {
            return (ObjectNode) ArticleFixtures.JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
