package io.herald.catalog.api;

import java.util.List;
import java.util.Set;

/**
 * The query parameters {@code GET /articles} takes, and how a parameter shows in a problem. A request with any other
 * parameter is refused, so that a misspelt one ({@code limt}) is not silently ignored.
 */
final class SearchParameters {

    /** Every parameter the search takes. */
    static final List<String> NAMES = List.of("q", "section", "page", "author", "publication", "from", "to", "sort",
            "limit", "cursor");

    static final String UNKNOWN_RULE = "must be one of " + String.join(", ", NAMES);

    private SearchParameters() {
    }

    /**
     * Refuses {@code sent} parameter names that are not {@link #NAMES}: a 400 problem with an error naming each
     * unknown one.
     */
    static void refuseUnknown(Set<String> sent) {
        List<String> unknown = sent.stream().filter(name -> !NAMES.contains(name)).map(SearchParameters::printable)
                .sorted().toList();
        if (unknown.isEmpty()) {
            return;
        }
        Problem invalid = Problem.invalidParameter(unknown.get(0), UNKNOWN_RULE, "");
        String detail = (unknown.size() == 1 ? "unknown parameter " : "unknown parameters ")
                + String.join(", ", unknown) + "; the search takes " + String.join(", ", NAMES);
        throw new ProblemException(new Problem(invalid.type(), invalid.title(), invalid.status(), detail,
                unknown.stream().map(name -> new Problem.FieldError(name, UNKNOWN_RULE)).toList()));
    }

    /** A name or value as shown in a problem: cut short, control chars and lone surrogates as '?'. */
    static String printable(String value) {
        String cut = value.length() > 100 ? value.substring(0, 100) + "…" : value;
        StringBuilder printable = new StringBuilder(cut.length());
        for (int i = 0; i < cut.length(); i++) {
            char c = cut.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < cut.length()
                    && Character.isLowSurrogate(cut.charAt(i + 1))
                    || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(cut.charAt(i - 1));
            printable.append(Character.isISOControl(c) || Character.isSurrogate(c) && !paired ? '?' : c);
        }
        return printable.toString();
    }
}
