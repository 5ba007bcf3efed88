package io.herald.catalog.api;

import java.time.LocalDate;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import io.herald.catalog.search.ArticleSearch;
import io.herald.catalog.search.SearchCriteria;
import io.herald.catalog.search.SearchCriteria.Sort;
import io.herald.catalog.search.SearchCursor;
import io.herald.catalog.search.SearchQuery;
import io.herald.catalog.search.SearchResult;
import io.herald.service.params.Parameters;
import io.herald.service.problem.ProblemException;

/**
 * {@code GET /articles}: full-text search over the visible articles, with filters, facets and cursor paging.
 * Without {@code q} it lists the visible articles, newest first.
 */
@Path("/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleSearchResource {

    static final int MAX_LIMIT = 100;
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_QUERY_LENGTH = 200;
    static final int MAX_FILTER_LENGTH = 200;

    static final String QUERY_LENGTH_RULE = "must be at most " + MAX_QUERY_LENGTH + " characters";
    static final String QUERY_EXCLUSIONS_RULE = "must contain a word or phrase to find, not only excluded ones";
    static final String FILTER_RULE = "must be at most " + MAX_FILTER_LENGTH + " characters without control characters";
    static final String RANGE_RULE = "must not be after to";
    static final String SORT_RULE = "must be relevance or date";
    static final String RELEVANCE_RULE = "relevance needs q";
    static final String CURSOR_RULE = "must be a nextCursor of the same search";

    private final ArticleSearch search;

    ArticleSearchResource(ArticleSearch search) {
        this.search = search;
    }

    /**
     * @param q           words, {@code "quoted phrases"}, {@code -excluded} words or phrases
     * @param section     only this section
     * @param page        only this page: label ({@code 01版}) or number ({@code 1})
     * @param author      only articles this person contributed to
     * @param publication only this publication (its name)
     * @param from        issue date on or after (YYYY-MM-DD)
     * @param to          issue date on or before (YYYY-MM-DD)
     * @param sort        {@code relevance} (default with q) or {@code date} (newest first, default without)
     * @param limit       hits per page, 1 to 100, default 20
     * @param cursor      the previous page's {@code nextCursor}
     *                    (an empty parameter counts as absent)
     * @param uri         the request's parameters: any other than these is a 400 problem naming it
     */
    @GET
    public SearchResult search(@QueryParam("q") String q, @QueryParam("section") String section,
            @QueryParam("page") String page, @QueryParam("author") String author,
            @QueryParam("publication") String publication, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("sort") String sort, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        SearchParameters.refuseUnknown(uri.getQueryParameters().keySet());
        SearchQuery query = query(q);
        LocalDate fromDate = date("from", absentIfEmpty(from));
        LocalDate toDate = date("to", absentIfEmpty(to));
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            throw ProblemException.invalidParameter("from", RANGE_RULE, from);
        }
        Sort order = sort(absentIfEmpty(sort), query != null);
        SearchCriteria criteria = new SearchCriteria(query, filter("section", section), filter("page", page),
                filter("author", author), filter("publication", publication), fromDate, toDate, order,
                limit(absentIfEmpty(limit)), null);
        if (absentIfEmpty(cursor) != null) {
            criteria = new SearchCriteria(query, criteria.section(), criteria.page(), criteria.author(),
                    criteria.publication(), fromDate, toDate, order, criteria.limit(), cursor(cursor, criteria));
        }
        return search.search(criteria);
    }

    private static SearchQuery query(String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        if (q.codePointCount(0, q.length()) > MAX_QUERY_LENGTH) {
            throw ProblemException.invalidParameter("q", QUERY_LENGTH_RULE, q);
        }
        SearchQuery query = SearchQuery.parse(q);
        if (!query.findsAnything() && query.excluding()) {
            throw ProblemException.invalidParameter("q", QUERY_EXCLUSIONS_RULE, q);
        }
        return query;
    }

    /** An empty parameter ({@code section=}, as an HTML form sends for "any") is no parameter. */
    private static String absentIfEmpty(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    /** {@code value} as a filter (null when absent or empty), or a 400 problem naming {@code field}. */
    static String filter(String field, String value) {
        if (absentIfEmpty(value) == null) {
            return null;
        }
        boolean clean = value.length() <= MAX_FILTER_LENGTH
                && value.codePoints().noneMatch(c -> Character.isISOControl(c)
                        || Character.getType(c) == Character.SURROGATE);
        if (!clean) {
            throw ProblemException.invalidParameter(field, FILTER_RULE, value);
        }
        return value;
    }

    private static LocalDate date(String field, String value) {
        return value == null ? null : Parameters.date(field, value);
    }

    private static Sort sort(String value, boolean hasQuery) {
        if (value == null) {
            return hasQuery ? Sort.RELEVANCE : Sort.DATE;
        }
        Sort sort = switch (value) {
            case "relevance" -> Sort.RELEVANCE;
            case "date" -> Sort.DATE;
            default -> throw ProblemException.invalidParameter("sort", SORT_RULE, value);
        };
        if (sort == Sort.RELEVANCE && !hasQuery) {
            throw ProblemException.invalidParameter("sort", RELEVANCE_RULE, value);
        }
        return sort;
    }

    private static int limit(String value) {
        return value == null ? DEFAULT_LIMIT : (int) Parameters.integer("limit", value, 1, MAX_LIMIT);
    }

    private static SearchCursor cursor(String value, SearchCriteria criteria) {
        try {
            SearchCursor cursor = SearchCursor.decode(value);
            boolean fits = cursor.fingerprint().equals(criteria.fingerprint())
                    && (criteria.sort() == Sort.RELEVANCE) == (cursor.score() != null);
            if (fits) {
                return cursor;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw ProblemException.invalidParameter("cursor", CURSOR_RULE, value);
    }
}
