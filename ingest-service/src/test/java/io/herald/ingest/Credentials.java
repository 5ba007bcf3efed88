package io.herald.ingest;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.restassured.specification.RequestSpecification;

/** The test profile's sources and secrets (application.properties, {@code %test.herald.ingest.…}). */
public final class Credentials {

    public static final String DEMO_API_KEY = "test-demo-key";
    public static final String DEMO_SIGNING_SECRET = "test-demo-signing-secret";
    /** Source {@code wire}: may use the ninjs intake only. */
    public static final String WIRE_API_KEY = "test-wire-key";
    public static final String SUPERDESK_SECRET = "test-superdesk-secret";

    private Credentials() {
    }

    /** A request from source {@code demo}, with its API key. */
    public static RequestSpecification asDemo() {
        return given().header("Authorization", "Bearer " + DEMO_API_KEY);
    }

    /** {@code sha1=<hex HMAC-SHA1(test Superdesk secret, body)>}, as Superdesk signs a push. */
    public static String superdeskSignature(byte[] body) {
        return "sha1=" + hmacHex("HmacSHA1", SUPERDESK_SECRET, body);
    }

    /** Lower-case hex of an HMAC, computed here independently of the service's code. */
    public static String hmacHex(String algorithm, String secret, byte[] message) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), algorithm));
            return HexFormat.of().formatHex(mac.doFinal(message));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
