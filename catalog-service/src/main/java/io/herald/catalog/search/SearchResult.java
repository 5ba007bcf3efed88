package io.herald.catalog.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One page of a search.
 *
 * @param total         how many visible articles match (all pages), counted up to {@link SearchConfig#candidates()}
 * @param totalRelation {@code eq}: {@code total} is exact; {@code gte}: more articles match than were counted
 * @param hits          this page's articles, in order
 * @param facets        counts over the matching articles (the counted ones)
 * @param nextCursor    pass as {@code cursor} for the next page; null on the last page
 */
public record SearchResult(long total, String totalRelation, List<Hit> hits, Facets facets, String nextCursor) {

    /** {@code total} is exact. */
    public static final String EXACT = "eq";
    /** More articles match than {@code total}. */
    public static final String AT_LEAST = "gte";

    /**
     * One matching article.
     *
     * @param snippet HTML: escaped text with the matches in {@code <mark>…</mark>}
     * @param score   {@code ts_rank} of the article for the query; null without {@code q}
     */
    public record Hit(String articleId, int revision, String headline, String snippet, String section, String page,
            List<String> authors, String publication, LocalDate issueDate, Instant versionCreated, Float score) {
    }

    /**
     * Counts of matching articles by section, page, author and issue date, most frequent first.
     *
     * @param over {@code all}: counted over every match; {@code newest}: over the newest {@code total} matches only
     */
    public record Facets(String over, List<Count> section, List<Count> page, List<Count> author,
            List<Count> issueDate) {

        /** Facets counted over every match. */
        public static final String ALL = "all";
        /** Facets counted over the newest matches only (the match set was larger than the cap). */
        public static final String NEWEST = "newest";
    }

    /** How many matching articles have {@code value}. */
    public record Count(String value, long count) {
    }
}
