package io.herald.render.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The web addresses written in an article's plain text. Text outside a run's link carries no markup, so a link is an
 * {@code http(s)://} address in the text; it ends at white space, at a character that cannot be in a URL
 * ({@code <>"'}), at CJK punctuation or an ideograph, and trailing ASCII punctuation ({@code .,;:!?)}) is
 * left to the sentence. The web page links it; WeChat turns it into a numbered footnote.
 */
public final class TextLinks {

    private static final Pattern URL = Pattern.compile(
            "(?i)https?://[^\\s<>\"'\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef]+");
    private static final String TRAILING = ".,;:!?)]}";

    /** A run of text, or a link when {@link #url()} is set (its text is then the address as written). */
    public record Part(String text, String url) {

        public boolean isLink() {
            return url != null;
        }
    }

    private TextLinks() {
    }

    /** {@code text} as runs of plain text and links, in order; empty for null or empty text. */
    public static List<Part> parts(String text) {
        List<Part> parts = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return parts;
        }
        Matcher matcher = URL.matcher(text);
        int at = 0;
        while (matcher.find()) {
            int end = matcher.end();
            while (end > matcher.start() && TRAILING.indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            String url = text.substring(matcher.start(), end);
            if (url.endsWith("://")) {
                continue; // a scheme without an address is text
            }
            if (matcher.start() > at) {
                parts.add(new Part(text.substring(at, matcher.start()), null));
            }
            parts.add(new Part(url, url));
            at = end;
        }
        if (at < text.length()) {
            parts.add(new Part(text.substring(at), null));
        }
        return parts;
    }
}
