package io.herald.render.web;

import io.quarkus.qute.TemplateExtension;

/**
 * Keeps a Chinese headline's last line from holding one character alone: the headline's last two characters (with
 * the punctuation after them) are written in a {@code <span class="nowrap">} ({@code white-space: nowrap}), so a
 * browser breaking the line moves them down together ({@code templates/tags/headline.html}). The text stays the
 * headline: only an element is added around its end.
 */
@TemplateExtension
final class HeadlineEnd {

    private HeadlineEnd() {
    }

    /** The end kept on one line: from the second-last letter when the last is a Han character, else empty. */
    static String unbrokenEnd(String headline) {
        return headline.substring(start(headline));
    }

    /** What comes before {@link #unbrokenEnd}: the whole headline when there is no such end. */
    static String breakableStart(String headline) {
        return headline.substring(0, start(headline));
    }

    /** Where the unbroken end starts, or the headline's length when it has none. */
    private static int start(String headline) {
        int last = previousLetter(headline, headline.length());
        if (last < 0 || !Character.isIdeographic(headline.codePointAt(last))) {
            return headline.length();
        }
        int secondLast = previousLetter(headline, last);
        return secondLast < 0 ? headline.length() : secondLast;
    }

    /** The index of the last letter or digit before {@code end}, or -1. */
    private static int previousLetter(String text, int end) {
        int index = end;
        while (index > 0) {
            int codePoint = text.codePointBefore(index);
            index -= Character.charCount(codePoint);
            if (Character.isLetterOrDigit(codePoint)) {
                return index;
            }
        }
        return -1;
    }
}
