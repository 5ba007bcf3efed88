package io.herald.catalog.api;

import java.util.List;
import java.util.Set;

import io.herald.service.problem.FieldError;
import io.herald.service.problem.ProblemException;

/**
 * The query parameters {@code GET /articles} takes. A request with any other
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
        List<String> unknown = sent.stream().filter(name -> !NAMES.contains(name)).map(ProblemException::printable)
                .sorted().toList();
        if (unknown.isEmpty()) {
            return;
        }
        String detail = (unknown.size() == 1 ? "unknown parameter " : "unknown parameters ")
                + String.join(", ", unknown) + "; the search takes " + String.join(", ", NAMES);
        throw new ProblemException("invalid-parameter", "Invalid parameter", 400, detail,
                unknown.stream().map(name -> new FieldError(name, UNKNOWN_RULE)).toList());
    }
}
