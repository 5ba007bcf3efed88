package io.herald.ingest.auth;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Keyed signatures and secret comparisons that take the same time whatever the input. */
final class Hmac {

    static final String SHA256 = "HmacSHA256";
    static final String SHA1 = "HmacSHA1";

    private Hmac() {
    }

    /** Lower-case hex of the HMAC of {@code message} under {@code secret}. */
    static String hex(String algorithm, String secret, byte[] message) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(secret.getBytes(UTF_8), algorithm));
            return HexFormat.of().formatHex(mac.doFinal(message));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is not available", e);
        }
    }

    /** Whether {@code presentedHex} is the HMAC of {@code message} (hex case ignored), compared in constant time. */
    static boolean verifies(String algorithm, String secret, byte[] message, String presentedHex) {
        return equalSecrets(hex(algorithm, secret, message), presentedHex.toLowerCase(Locale.ROOT));
    }

    /** Compares digests of both, so neither content nor length shows in the time taken. */
    static boolean equalSecrets(String expected, String presented) {
        return MessageDigest.isEqual(sha256(expected), sha256(presented));
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    static byte[] ascii(String value) {
        return value.getBytes(US_ASCII);
    }
}
