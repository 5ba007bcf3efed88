package io.herald.catalog.search;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * How common a query's words are in the catalog, from PostgreSQL's own statistics of {@code article.search_vector}
 * ({@code pg_stats.most_common_elems}, kept by ANALYZE and autovacuum): the share of articles that have each of the
 * most common lexemes, and the number of articles. Read at most once per {@link SearchConfig#statisticsRefresh()};
 * until ANALYZE has run there are none and every share is unknown.
 */
@ApplicationScoped
public class WordFrequencies {

    private static final String STATISTICS = "select s.most_common_elems::text::text[], s.most_common_elem_freqs,"
            + " c.reltuples from pg_stats s join pg_class c on c.oid = to_regclass('article')"
            + " where s.schemaname = current_schema() and s.tablename = 'article' and s.attname = 'search_vector'";

    /**
     * The statistics as read at {@code readAt} (nanoTime).
     *
     * @param shares   the share of articles having each of the most common lexemes
     * @param rarest   the share of the least common of them: a lexeme not listed counts as this common (it is at most)
     * @param articles the number of articles, as PostgreSQL estimates it
     */
    public record Snapshot(Map<String, Float> shares, float rarest, double articles, long readAt) {

        static final Snapshot NONE = new Snapshot(Map.of(), 0, 0, Long.MIN_VALUE);

        /**
         * Whether the newest {@code cap} matches of {@code clauses} are found faster through the full-text index
         * than by testing articles newest first. Newest first tests about {@code cap / share} articles, each test
         * reading a tsvector out of line (TOAST); the index reads {@code share * articles} rows, no tsvector. So the
         * index wins when {@code share² · articles < cap · VECTOR_TEST_COST}; for a {@code filtered} search, whose
         * index work is a {@link #FILTERED_INDEX_WORK} share of that, when {@code share² · articles ·
         * FILTERED_INDEX_WORK < cap · VECTOR_TEST_COST}; and always when a lexeme is not {@link #listed}.
         * PostgreSQL's planner does not know what a tsvector test costs and picks the newest-first scan for words in
         * a few percent of the articles, reading tens of thousands of vectors (200-300 ms on 100,000 articles,
         * against 17 ms through the index). Without statistics: false (the planner decides).
         */
        public boolean favourIndex(List<SearchQuery.Clause> clauses, int cap, boolean filtered) {
            Float share = share(clauses);
            if (share == null) {
                return false;
            }
            double indexWork = (double) share * share * articles * (filtered ? FILTERED_INDEX_WORK : 1);
            return !listed(clauses) || indexWork < cap * VECTOR_TEST_COST;
        }

        /**
         * Whether every lexeme of {@code clauses} is among the most common ones, so that {@link #share} is an
         * estimate. Otherwise it is only a bound: an unlisted lexeme may be in far fewer articles than the rarest
         * listed one. Such a query is best answered through the full-text index, whose work that bound limits;
         * newest first, the work grows as the word gets rarer, up to testing every article (a word in 0.3 % of
         * 300,000 articles, date order: 9,400 tsvectors read to find a page of 21).
         */
        public boolean listed(List<SearchQuery.Clause> clauses) {
            return clauses.stream().flatMap(clause -> clause.lexemes().stream()).allMatch(shares::containsKey);
        }

        /**
         * The share of articles that have every lexeme of {@code clauses}, estimated as PostgreSQL does, as if words
         * occurred independently: the product of their shares; null when there are no statistics.
         */
        public Float share(List<SearchQuery.Clause> clauses) {
            if (shares.isEmpty()) {
                return null;
            }
            Set<String> lexemes = new HashSet<>();
            clauses.forEach(clause -> lexemes.addAll(clause.lexemes()));
            float share = 1;
            for (String lexeme : lexemes) {
                share *= shares.getOrDefault(lexeme, rarest);
            }
            return share;
        }
    }

    /**
     * Testing one article's tsvector (read out of line) against fetching one matching row through a bitmap of the
     * full-text index and sorting it: 4 to 6 times as much on the benchmark's 100,000 articles (3.4-9 µs against
     * 0.7-2.3 µs, warm).
     */
    static final double VECTOR_TEST_COST = 5;

    /**
     * The full-text index's work for a filtered search, as a share of an unfiltered one's: it still reads the posting
     * of every match, but fetches and sorts only the matches that pass the filter. On the benchmark's 300,000
     * articles (PostgreSQL's CPU time, one of eight sections): a word in 17.5 % of them, 31 ms through the index
     * (posting list and section index intersected) against 41 ms newest first through the section's index; a word
     * in 21 %, 48 ms against 32 ms.
     */
    static final double FILTERED_INDEX_WORK = 0.5;

    /** How soon statistics are looked for again when there were none. */
    static final Duration RETRY_WITHOUT_STATISTICS = Duration.ofSeconds(30);

    private final long refreshNanos;
    private volatile Snapshot snapshot = Snapshot.NONE;

    WordFrequencies(SearchConfig config) {
        this.refreshNanos = config.statisticsRefresh().toNanos();
    }

    /**
     * The current statistics, read again through {@code connection} when they are older than the refresh period, or
     * than {@link #RETRY_WITHOUT_STATISTICS} while PostgreSQL had none (a new catalog, before autovacuum analysed it).
     */
    public Snapshot snapshot(Connection connection) throws SQLException {
        Snapshot current = snapshot;
        long due = current.shares().isEmpty() ? Math.min(refreshNanos, RETRY_WITHOUT_STATISTICS.toNanos()) : refreshNanos;
        if (current == Snapshot.NONE || System.nanoTime() - current.readAt() > due) {
            current = read(connection);
            snapshot = current;
        }
        return current;
    }

    /**
     * Whether the newest {@code wanted} articles matching {@code criteria} are best found through the full-text
     * index: when its words are rare enough ({@link Snapshot#favourIndex}); never without words.
     */
    boolean favourIndex(Connection connection, SearchCriteria criteria, int wanted) throws SQLException {
        SearchQuery query = criteria.query();
        return query != null && snapshot(connection).favourIndex(query.clauses(), wanted, criteria.filtered());
    }

    private static Snapshot read(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(STATISTICS);
                ResultSet row = statement.executeQuery()) {
            if (!row.next() || row.getArray(1) == null) {
                return new Snapshot(Map.of(), 0, 0, System.nanoTime());
            }
            String[] lexemes = (String[]) row.getArray(1).getArray();
            Float[] frequencies = floats(row.getArray(2));
            // the frequencies of the lexemes, then the least and the greatest of them, then the share of nulls
            Map<String, Float> shares = new HashMap<>(lexemes.length * 2);
            for (int i = 0; i < lexemes.length; i++) {
                shares.put(lexemes[i], frequencies[i]);
            }
            return new Snapshot(Map.copyOf(shares), frequencies[lexemes.length], row.getDouble(3), System.nanoTime());
        }
    }

    private static Float[] floats(Array array) throws SQLException {
        return (Float[]) array.getArray();
    }
}
