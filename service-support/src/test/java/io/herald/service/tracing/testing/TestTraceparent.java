package io.herald.service.tracing.testing;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * W3C {@code traceparent} values for the services' tests, read here independently of the code under test: a new
 * trace as a caller would start one, and the parts of the one a record or request carries.
 */
public final class TestTraceparent {

    private static final String FORMAT = "00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}";

    private TestTraceparent() {
    }

    /** A sampled span of a new trace, as a caller's: {@code 00-<trace id>-<span id>-01}. */
    public static String newTrace() {
        return "00-" + randomHex(16) + "-" + randomHex(8) + "-01";
    }

    /** The trace id of {@code traceparent}. */
    public static String traceId(String traceparent) {
        return parts(traceparent)[1];
    }

    /** The id of the span {@code traceparent} names as the parent. */
    public static String spanId(String traceparent) {
        return parts(traceparent)[2];
    }

    private static String[] parts(String traceparent) {
        if (traceparent == null || !traceparent.matches(FORMAT)) {
            throw new AssertionError("not a W3C traceparent: " + traceparent);
        }
        return traceparent.split("-");
    }

    /** Random bytes as hex, never all zeros (an invalid id). */
    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        random[0] |= 1;
        return HexFormat.of().formatHex(random);
    }
}
