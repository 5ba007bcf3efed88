package io.herald.ingest.formats.issue;

import java.time.LocalDate;

import io.herald.service.params.Parameters;
import io.herald.service.problem.ProblemException;

/**
 * What a client says about a page it posts ({@code ?publication=&date=&page=}), for a page whose text does not
 * print it: pages copied from a digital edition or an archive often start without a masthead.
 *
 * @param publication the paper's name, e.g. 人民日报; null when not given
 * @param date        the issue date; null when not given
 * @param page        the page label, e.g. {@code 01版}; null when not given
 */
public record RequestedIssue(String publication, LocalDate date, String page) {

    /** A request that says nothing about the page. */
    public static final RequestedIssue NONE = new RequestedIssue(null, null, null);

    /** The rule of the query parameter {@code publication}. */
    static final String PUBLICATION_RULE = "must be the paper's name, 1 to " + Sentences.HEADING_MAX
            + " characters without line breaks";

    /**
     * The query parameters as a client sends them; blank or absent ones say nothing.
     *
     * @throws ProblemException (400 {@code invalid-parameter}) naming the first parameter that breaks its rule
     */
    public static RequestedIssue of(String publication, String date, String page) {
        return new RequestedIssue(publication(publication), blank(date) ? null : Parameters.date("date", date.strip()),
                PageLabels.requested(page));
    }

    private static String publication(String value) {
        if (blank(value)) {
            return null;
        }
        String name = value.strip();
        if (name.length() > Sentences.HEADING_MAX || name.chars().anyMatch(Character::isISOControl)) {
            throw ProblemException.invalidParameter("publication", PUBLICATION_RULE, value);
        }
        return name;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
