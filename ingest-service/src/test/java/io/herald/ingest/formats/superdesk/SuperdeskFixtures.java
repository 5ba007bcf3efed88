package io.herald.ingest.formats.superdesk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.herald.ingest.ArticleFixtures;

/** Superdesk push bodies for tests. */
public final class SuperdeskFixtures {

    private SuperdeskFixtures() {
    }

    /**
     * {@code superdesk/item.json}: a text item with a feature picture whose original rendition is media
     * {@code featureMediaId}, and an inline picture in the body.
     */
    public static ObjectNode item(String guid, String featureMediaId) {
        try (InputStream in = SuperdeskFixtures.class.getResourceAsStream("/superdesk/item.json")) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("FEATURE_MEDIA", featureMediaId)
                    .replace("urn:newsml:superdesk.example:2026-04-06T08:00:00.000000:GUID", guid);
            return (ObjectNode) ArticleFixtures.JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
