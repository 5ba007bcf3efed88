package io.herald.ingest.formats.superdesk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.herald.ingest.ArticleFixtures;

/** Superdesk push bodies for tests. */
public final class SuperdeskFixtures {

    private SuperdeskFixtures() {
    }

    /** A JPEG start-of-image marker followed by random bytes: content no other test uploads. */
    public static byte[] randomJpeg() {
        byte[] bytes = new byte[4096];
        ThreadLocalRandom.current().nextBytes(bytes);
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        return bytes;
    }

    /** The hex SHA-256 of {@code bytes}: the name Herald stores a binary under. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * {@code superdesk/item.json}: a text item with a feature picture whose original rendition is media
     * {@code featureMediaId}, and an inline picture in the body.
     */
    public static ObjectNode item(String guid, String featureMediaId) {
        return item(guid, featureMediaId, "INLINE_MEDIA");
    }

    /**
     * {@code superdesk/item.json} with the feature picture's renditions under media ids {@code featureMediaId}
     * and {@code featureMediaId-thumb}, and the inline picture's under {@code inlineMediaId}.
     */
    public static ObjectNode item(String guid, String featureMediaId, String inlineMediaId) {
        return read("/superdesk/item.json", guid, featureMediaId, inlineMediaId);
    }

    /**
     * {@code superdesk/story-with-markup.json}: a story with inline markup, a feature picture (renditions under media
     * ids {@code featureMediaId.jpg}, {@code -base.jpg}, {@code -thumb.jpg}) that the body embeds again, and an
     * embedded picture under {@code inlineMediaId…} the same way.
     */
    public static ObjectNode story(String guid, String featureMediaId, String inlineMediaId) {
        return read("/superdesk/story-with-markup.json", guid, featureMediaId, inlineMediaId);
    }

    private static ObjectNode read(String resource, String guid, String featureMediaId, String inlineMediaId) {
        try (InputStream in = SuperdeskFixtures.class.getResourceAsStream(resource)) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("FEATURE_MEDIA", featureMediaId)
                    .replace("INLINE_MEDIA", inlineMediaId)
                    .replace("urn:newsml:superdesk.example:2026-04-06T08:00:00.000000:GUID", guid)
                    .replace("urn:newsml:sd.example:2026-04-06T08:00:00.000000:GUID", guid);
            return (ObjectNode) ArticleFixtures.JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
