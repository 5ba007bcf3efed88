package io.herald.ingest.formats.issue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.herald.service.problem.ProblemException;

/** Page labels as Herald writes them: two digits and 版 ({@code 1} → {@code 01版}), a letter kept ({@code A1版}). */
public final class PageLabels {

    private static final Pattern LABEL = Pattern.compile("^\\s*(?:第\\s*)?([A-Za-z]?)(\\d{1,3})\\s*版?\\s*$");

    /** The page of a page that does not print its own label. */
    public static final String DEFAULT = "01版";

    private PageLabels() {
    }

    /** The rule of the query parameter {@code page}. */
    static final String RULE = "must be a page label, e.g. 01版, 1 or A1";

    /**
     * The label a client gives a page, e.g. {@code 1}; null when it gives none.
     *
     * @throws ProblemException (400) naming the parameter if {@code requested} is not a page label
     */
    static String requested(String requested) {
        if (requested == null || requested.isBlank()) {
            return null;
        }
        String label = normalise(requested);
        if (label == null) {
            throw ProblemException.invalidParameter("page", RULE, requested);
        }
        return label;
    }

    /** The label for {@code printed} ({@code 1}, {@code 第1版}, {@code 01版}, {@code A1}); null if it is not a page label. */
    public static String normalise(String printed) {
        if (printed == null) {
            return null;
        }
        Matcher label = LABEL.matcher(printed);
        if (!label.matches()) {
            return null;
        }
        String letter = label.group(1).toUpperCase();
        String number = label.group(2);
        return letter + (letter.isEmpty() && number.length() == 1 ? "0" + number : number) + "版";
    }
}
