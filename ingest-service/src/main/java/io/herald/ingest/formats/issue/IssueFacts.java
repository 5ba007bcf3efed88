package io.herald.ingest.formats.issue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.herald.events.Publication;

/**
 * Puts the masthead and the request together: the masthead wins where both name the paper, the date or the page
 * and disagree, with a warning; the request fills in what the text does not print.
 */
final class IssueFacts {

    static final String RULE = "a page must open with its masthead (the paper's name on the first line and the "
            + "issue date, e.g. 2026年4月6日, within the first " + MastheadReader.MAX_LINES + " lines), or the request "
            + "must give the query parameters publication and date";

    private IssueFacts() {
    }

    /**
     * @param masthead the masthead with the request's facts filled in
     * @param page     the page label: printed, else requested, else {@code defaultPage}
     * @param warnings where the masthead and the request disagree
     */
    record Result(Masthead masthead, String page, List<String> warnings) {
    }

    /**
     * @param printed the masthead the page prints, or null
     * @throws UnrecognisedPageException when neither the page nor the request names the paper and the date
     */
    static Result of(Masthead printed, RequestedIssue requested, String defaultPage) {
        List<String> warnings = new ArrayList<>();
        if (printed == null) {
            if (requested.publication() == null || requested.date() == null) {
                throw new UnrecognisedPageException(RULE);
            }
            Publication publication = new Publication(requested.publication(), null, requested.date(), null, null,
                    null, null, null);
            String page = requested.page() != null ? requested.page() : defaultPage;
            return new Result(new Masthead(publication, null, null, Map.of()), page, warnings);
        }
        Publication publication = printed.publication();
        warnIfDiffers("publication", publication.name(), requested.publication(), warnings);
        warnIfDiffers("date", publication.issueDate(), requested.date(), warnings);
        warnIfDiffers("page", printed.page(), requested.page(), warnings);
        String page = printed.page() != null ? printed.page()
                : requested.page() != null ? requested.page() : defaultPage;
        return new Result(printed, page, warnings);
    }

    private static void warnIfDiffers(String parameter, Object printed, Object requested, List<String> warnings) {
        if (printed != null && requested != null && !Objects.equals(printed, requested)) {
            warnings.add("the masthead prints " + parameter + " " + printed + ", the request gives " + requested
                    + ": the masthead's is used");
        }
    }
}
