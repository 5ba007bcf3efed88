package io.herald.catalog.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * A matching article, as far as a search's total, its facets and (for relevance order) its rank need it.
 *
 * @param score the article's rank for the query; 0 when the search is not in relevance order
 */
record Candidate(String articleId, Instant versionCreated, String section, String page, List<String> authors,
        LocalDate issueDate, float score) {

    RankKey rankKey() {
        return new RankKey(score, versionCreated, articleId);
    }

    /** Where a hit is in relevance order, as a cursor records it: best rank first, then newest first. */
    record RankKey(float score, Instant versionCreated, String articleId) {

        static final Comparator<RankKey> ORDER = Comparator.comparing(RankKey::score)
                .thenComparing(RankKey::versionCreated).thenComparing(RankKey::articleId).reversed();
    }
}
