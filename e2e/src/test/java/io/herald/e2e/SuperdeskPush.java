package io.herald.e2e;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;

/**
 * A push as superdesk-core's HTTP-push transmitter ({@code superdesk/publish/transmitters/http_push.py}) sends it:
 * the item written by Python's {@code json.dumps} (separators {@code ", "} and {@code ": "}, every non-ASCII
 * character as a {@code \\u} escape) and {@code x-superdesk-signature: sha1=<hex HMAC-SHA1(secret, body)>}.
 */
final class SuperdeskPush {

    static final String SIGNATURE_HEADER = "x-superdesk-signature";

    private static final ObjectWriter JSON_DUMPS = TestFiles.JSON.writer(new PythonSeparators())
            .with(JsonWriteFeature.ESCAPE_NON_ASCII);

    private SuperdeskPush() {
    }

    static byte[] body(JsonNode item) {
        try {
            return JSON_DUMPS.writeValueAsString(item).getBytes(UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String signature(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret.getBytes(UTF_8), "HmacSHA1"));
            return "sha1=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA1 is part of every JDK", e);
        }
    }

    /** Python's default {@code json.dumps} separators: {@code ", "} between entries, {@code ": "} after a key. */
    private static final class PythonSeparators extends MinimalPrettyPrinter {

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator generator) throws IOException {
            generator.writeRaw(": ");
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator generator) throws IOException {
            generator.writeRaw(", ");
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator generator) throws IOException {
            generator.writeRaw(", ");
        }
    }
}
