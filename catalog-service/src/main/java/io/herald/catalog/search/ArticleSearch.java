package io.herald.catalog.search;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Runs searches on the {@code article} table in one read-only snapshot: first the candidates, the newest matches
 * (at most {@link SearchConfig#candidates()}, {@link CandidateLookup}), which give the total and the facets
 * ({@link SearchFacets}); then the page's hits ({@link HitLookup}), ranked among the candidates (relevance order) or
 * keyset-paged over every match (date order); then the cursor of the next page. The SQL is built from fixed
 * fragments only ({@link SearchSql}); every value, the tsquery included, is a bind parameter.
 */
@ApplicationScoped
public class ArticleSearch {

    private final DataSource dataSource;
    private final CandidateLookup candidates;
    private final HitLookup hits;
    private final int maxCandidates;

    ArticleSearch(DataSource dataSource, WordFrequencies frequencies, SearchConfig config) {
        this.dataSource = dataSource;
        this.maxCandidates = Math.max(1, config.candidates());
        this.candidates = new CandidateLookup(frequencies, maxCandidates);
        this.hits = new HitLookup(frequencies);
    }

    @Transactional
    public SearchResult search(SearchCriteria criteria) {
        if (criteria.query() != null && !criteria.query().findsAnything()) {
            return new SearchResult(0, SearchResult.EXACT, List.of(), SearchFacets.over(List.of(), false), null);
        }
        try (Connection connection = dataSource.getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("set transaction isolation level repeatable read, read only");
                // plan every search for its own words: a common word and a rare one need different plans
                statement.execute("set local plan_cache_mode = force_custom_plan");
            }
            boolean relevance = criteria.sort() == SearchCriteria.Sort.RELEVANCE;
            SearchCursor.Candidates window = criteria.after() == null ? null : criteria.after().candidates();
            CandidateLookup.Found found = candidates.find(connection, criteria, window);
            List<Candidate> matches = found.matches();
            boolean bounded = found.bounded();
            List<SearchResult.Hit> page = relevance ? hits.ranked(connection, criteria, matches)
                    : hits.dated(connection, criteria, maxCandidates);
            String nextCursor = null;
            if (page.size() > criteria.limit()) {
                page = page.subList(0, criteria.limit());
                SearchResult.Hit last = page.get(page.size() - 1);
                if (relevance) {
                    if (window == null) {
                        Candidate oldest = matches.get(matches.size() - 1);
                        window = new SearchCursor.Candidates(oldest.versionCreated(), oldest.articleId(), bounded);
                    }
                    nextCursor = new SearchCursor(last.score(), last.versionCreated(), last.articleId(),
                            criteria.fingerprint(), window).encode();
                } else {
                    nextCursor = new SearchCursor(null, last.versionCreated(), last.articleId(),
                            criteria.fingerprint()).encode();
                }
            }
            return new SearchResult(matches.size(), bounded ? SearchResult.AT_LEAST : SearchResult.EXACT,
                    List.copyOf(page), SearchFacets.over(matches, bounded), nextCursor);
        } catch (SQLException e) {
            throw new IllegalStateException("search failed: " + e.getMessage(), e);
        }
    }
}
