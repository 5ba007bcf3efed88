package io.herald.wechat.callback;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** WeChat's signature of a push: SHA-1 of the token, timestamp and nonce, sorted and joined, in lower-case hex. */
final class CallbackSignature {

    private CallbackSignature() {
    }

    static String of(String token, String timestamp, String nonce) {
        String joined = Stream.of(token, timestamp, nonce).sorted().collect(Collectors.joining());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(joined.getBytes(UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-1", e);
        }
    }

    /** Whether {@code signature} is the one WeChat makes for these values, compared in constant time. */
    static boolean matches(String signature, String token, String timestamp, String nonce) {
        if (signature == null || timestamp == null || nonce == null) {
            return false;
        }
        return MessageDigest.isEqual(of(token, timestamp, nonce).getBytes(UTF_8), signature.getBytes(UTF_8));
    }
}
