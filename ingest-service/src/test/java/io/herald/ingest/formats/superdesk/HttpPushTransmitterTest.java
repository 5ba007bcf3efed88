package io.herald.ingest.formats.superdesk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.herald.ingest.ArticleFixtures;
import io.herald.ingest.Credentials;

/**
 * The replica of Superdesk's transmitter against what the real client produced: {@code superdesk/http-push/}
 * holds the multipart body requests 2.34.2 (urllib3 2.7.0, Python 3.11) prepared for media id
 * {@code 2026/04/abc.jpg} with its boundary fixed to {@code 0123456789abcdef0123456789abcdef}, and Python's
 * {@code json.dumps} of {@code superdesk/item.json}; the signatures are the ones Python's {@code hmac} computed.
 */
class HttpPushTransmitterTest {

    private static final byte[] PICTURE = bytes(0xff, 0xd8, 0xff, 0xe0, ' ', 'h', 'e', 'r', 'a', 'l', 'd', ' ', 't', 'e',
            's', 't', ' ', 'p', 'i', 'c', 't', 'u', 'r', 'e', ' ', 0xff, 0xd9);

    @Test
    void multipartUploadIsByteForByteWhatRequestsSends() throws IOException {
        byte[] body = HttpPushTransmitter.multipartBody("0123456789abcdef0123456789abcdef", "2026/04/abc.jpg", PICTURE,
                "image/jpeg");

        assertArrayEquals(resource("upload-body.bin"), body);
        assertEquals("sha1=758496948b9964fd6445a58ead9801694bb08a3b", Credentials.superdeskSignature(body));
    }

    @Test
    void itemIsSerialisedAsPythonsJsonDumps() throws IOException {
        String item = new String(resource("item-dumps.json"), StandardCharsets.UTF_8);
        try (InputStream in = getClass().getResourceAsStream("/superdesk/item.json")) {
            String dumped = PythonJson.dumps(ArticleFixtures.JSON.readTree(in));

            assertEquals(item, dumped);
            assertEquals("sha1=a04e7ca804e435d15d6b39e85f61808a24ff7549",
                    Credentials.superdeskSignature(dumped.getBytes(StandardCharsets.UTF_8)));
        }
    }

    @Test
    void everyRenditionWithAMediaIdIsCopiedInDocumentOrder() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("INLINE_MEDIA", "image/jpeg");
        expected.put("2026/04/f-thumb", "image/jpeg");
        expected.put("2026/04/f", "image/jpeg");

        assertEquals(expected, HttpPushTransmitter.mediaFiles(SuperdeskFixtures.item("guid", "2026/04/f")));
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = HttpPushTransmitterTest.class.getResourceAsStream("/superdesk/http-push/" + name)) {
            return in.readAllBytes();
        }
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
