package io.herald.console.kafka;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/** A record's key, headers and value as text, for pages: cut short, never more than a preview. */
public final class RecordText {

    private RecordText() {
    }

    /** A header and its value as UTF-8 text. */
    public record HeaderText(String key, String value) {
    }

    /** The last value of header {@code key} as text, or null. */
    public static String header(Headers headers, String key) {
        Header header = headers.lastHeader(key);
        return header == null || header.value() == null ? null : new String(header.value(), UTF_8);
    }

    /** Every header in order, each value cut to {@code maxLength} characters. */
    public static List<HeaderText> headers(Headers headers, int maxLength) {
        List<HeaderText> all = new ArrayList<>();
        for (Header header : headers) {
            all.add(new HeaderText(header.key(), header.value() == null ? null : preview(header.value(), maxLength)));
        }
        return all;
    }

    /** {@code bytes} as UTF-8 text, or null; cut to {@code maxLength} code points with an ellipsis. */
    public static String preview(byte[] bytes, int maxLength) {
        if (bytes == null) {
            return null;
        }
        String text = new String(bytes, UTF_8);
        return text.codePointCount(0, text.length()) <= maxLength ? text
                : text.substring(0, text.offsetByCodePoints(0, maxLength)) + "…";
    }

    /** {@code bytes} as UTF-8 text, or null. */
    public static String text(byte[] bytes) {
        return bytes == null ? null : new String(bytes, UTF_8);
    }
}
