package io.herald.catalog.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One page of a search.
 *
 * @param total      how many visible articles match (all pages)
 * @param hits       this page's articles, in order
 * @param facets     counts over all matching articles
 * @param nextCursor pass as {@code cursor} for the next page; null on the last page
 */
public record SearchResult(long total, List<Hit> hits, Facets facets, String nextCursor) {

    /**
     * One matching article.
     *
     * @param snippet HTML: escaped text with the matches in {@code <mark>…</mark>}
     * @param score   {@code ts_rank_cd} of the article for the query; null without {@code q}
     */
    public record Hit(String articleId, int revision, String headline, String snippet, String section, String page,
            List<String> authors, String publication, LocalDate issueDate, Instant versionCreated, Float score) {
    }

    /** Counts of matching articles by section, page, author and issue date, most frequent first. */
    public record Facets(List<Count> section, List<Count> page, List<Count> author, List<Count> issueDate) {
    }

    /** How many matching articles have {@code value}. */
    public record Count(String value, long count) {
    }
}
