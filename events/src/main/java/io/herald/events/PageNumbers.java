package io.herald.events;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Page labels as printed ({@code 01版}, {@code A3}, {@code 第5版}; {@link ArticleSubmitted#page()}) and the page numbers they carry. */
public final class PageNumbers {

    private static final Pattern NUMBER = Pattern.compile("\\d{1,4}");

    private PageNumbers() {
    }

    /** The first number in {@code label} ({@code 01版} → 1, {@code A3} → 3), or null when it has none. */
    public static Integer of(String label) {
        if (label == null) {
            return null;
        }
        Matcher matcher = NUMBER.matcher(label);
        return matcher.find() ? Integer.valueOf(matcher.group()) : null;
    }
}
