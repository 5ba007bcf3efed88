package io.herald.catalog.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds a search's candidates: its newest matches, at most {@link SearchConfig#candidates()}, which give the total
 * and the facets and, in relevance order, are what is ranked.
 */
final class CandidateLookup {

    /**
     * A search without filters first looks among the newest articles only, as many as should hold this many times
     * the candidates (by the words' shares), through the indexes' bitmaps (the full-text index and the version
     * index), without reading any article's tsvector to test it. Only when fewer than the cap match there (or there
     * are not that many articles) does it look at every article.
     */
    static final double RANGE_MARGIN = 2;

    /** Words in at least this share of the articles are looked for newest article first: their matches come soon. */
    static final double NEWEST_FIRST_SHARE = 0.5;

    /** The candidates, newest first, and whether more articles matched (or, with phrases, had the words). */
    record Found(List<Candidate> matches, boolean bounded) {
    }

    private final WordFrequencies frequencies;
    private final int maxCandidates;

    CandidateLookup(WordFrequencies frequencies, int maxCandidates) {
        this.frequencies = frequencies;
        this.maxCandidates = maxCandidates;
    }

    /**
     * The newest matches, newest first: of the newest articles that match (or, for a query with phrases, that have
     * its words), up to one more than the cap; or, for a later page in relevance order, every one from the first
     * page's oldest candidate on ({@code window}). In relevance order each is ranked. Returns the matches and whether
     * there were more than the cap.
     */
    Found find(Connection connection, SearchCriteria criteria, SearchCursor.Candidates window) throws SQLException {
        SearchQuery query = criteria.query();
        if (window == null && query != null && !criteria.filtered()) {
            WordFrequencies.Snapshot statistics = frequencies.snapshot(connection);
            Float share = statistics.share(query.clauses());
            long span = share == null || share <= 0 ? Long.MAX_VALUE
                    : (long) Math.ceil(RANGE_MARGIN * (maxCandidates + 1) / share);
            // a share that is only a bound (an unlisted lexeme) would size the range too small to hold the cap
            if (share != null && statistics.listed(query.clauses()) && share < NEWEST_FIRST_SHARE
                    && span < statistics.articles()) {
                Instant since = newestSince(connection, span);
                if (since != null) {
                    Found newest = find(connection, criteria, null, since, true);
                    if (newest.bounded()) {
                        return newest; // more than the cap matched since then: the newest matches are among them
                    }
                }
            }
        }
        return find(connection, criteria, window, null, frequencies.favourIndex(connection, criteria, maxCandidates));
    }

    /**
     * The version time of the {@code count}-th newest article, read from the version index alone; null when there
     * are not that many.
     */
    private static Instant newestSince(Connection connection, long count) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select version_created from article order by version_created desc offset ? limit 1")) {
            statement.setLong(1, count - 1);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? row.getObject(1, OffsetDateTime.class).toInstant() : null;
            }
        }
    }

    /**
     * The candidates as described above, of the articles versioned {@code since} then (null: all), found through
     * the full-text index or not.
     */
    private Found find(Connection connection, SearchCriteria criteria, SearchCursor.Candidates window,
            Instant since, boolean throughIndex) throws SQLException {
        SearchQuery query = criteria.query();
        boolean phrases = query != null && query.words() != null;
        boolean ranked = criteria.sort() == SearchCriteria.Sort.RELEVANCE && query != null;
        // phrases and ranks are computed for the newest rows only, after the limit: each reads a tsvector
        SearchSql sql = new SearchSql();
        sql.append("select a.article_id, a.version_created, a.section, a.page, a.authors, a.issue_date");
        if (phrases) {
            sql.append(", a.search_vector @@ cast(? as tsquery)", query.tsquery());
        } else {
            sql.append(", true");
        }
        if (ranked) {
            sql.append(", ts_rank(a.search_vector, cast(? as tsquery))", query.tsquery());
        } else {
            sql.append(", 0");
        }
        sql.append(" from (select a.*");
        if (phrases) {
            sql.from(criteria, query.words());
        } else {
            sql.from(criteria);
        }
        if (window != null) {
            sql.append(" and (a.version_created, a.article_id) >= (?, ?)",
                    window.versionCreated().atOffset(ZoneOffset.UTC), window.articleId());
        }
        if (since != null) {
            sql.append(" and a.version_created >= ?", since.atOffset(ZoneOffset.UTC));
        }
        String order = " order by a.version_created desc, a.article_id desc";
        sql.append(order);
        if (window == null) {
            sql.append(" limit ?", maxCandidates + 1);
        }
        sql.append(") a" + order);
        return sql.query(connection, throughIndex, rows -> {
            List<Candidate> candidates = new ArrayList<>();
            int examined = 0;
            while (rows.next()) {
                if (++examined > maxCandidates && window == null) {
                    break;
                }
                if (rows.getBoolean(7)) {
                    candidates.add(new Candidate(rows.getString(1), rows.getObject(2, OffsetDateTime.class).toInstant(),
                            rows.getString(3), rows.getString(4), SearchSql.strings(rows.getArray(5)),
                            rows.getObject(6, LocalDate.class), rows.getFloat(8)));
                }
            }
            return new Found(candidates, window != null ? window.bounded() : examined > maxCandidates);
        });
    }
}
