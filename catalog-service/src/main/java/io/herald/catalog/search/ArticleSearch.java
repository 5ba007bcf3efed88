package io.herald.catalog.search;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.herald.events.ArticleSubmitted;
import io.herald.events.EventJson;
import io.herald.service.store.ReaderVisibility;

/**
 * Runs searches on the {@code article} table in one read-only snapshot: first the candidates, the newest matches
 * (at most {@link SearchConfig#candidates()}), which give the total and the facets; then the page's hits, ranked
 * among the candidates (relevance order) or keyset-paged over every match (date order). The SQL is built from fixed
 * fragments only; every value, the tsquery included, is a bind parameter.
 */
@ApplicationScoped
public class ArticleSearch {

    /** Values listed per facet, most frequent first. */
    static final int FACET_VALUES = 50;

    /**
     * A search without filters first looks among the newest articles only, as many as should hold this many times
     * the candidates (by the words' shares), through the indexes' bitmaps (the full-text index and the version
     * index), without reading any article's tsvector to test it. Only when fewer than the cap match there (or there
     * are not that many articles) does it look at every article.
     */
    static final double RANGE_MARGIN = 2;

    /** Words in at least this share of the articles are looked for newest article first: their matches come soon. */
    static final double NEWEST_FIRST_SHARE = 0.5;

    private final DataSource dataSource;
    private final WordFrequencies frequencies;
    private final int maxCandidates;

    ArticleSearch(DataSource dataSource, WordFrequencies frequencies, SearchConfig config) {
        this.dataSource = dataSource;
        this.frequencies = frequencies;
        this.maxCandidates = Math.max(1, config.candidates());
    }

    /** A matching article, as far as the total, the facets and (for relevance order) its rank need it. */
    private record Candidate(String articleId, Instant versionCreated, String section, String page,
            List<String> authors, LocalDate issueDate, float score) {

        RankKey rankKey() {
            return new RankKey(score, versionCreated, articleId);
        }
    }

    /** Where a hit is in relevance order, as a cursor records it: best rank first, then newest first. */
    private record RankKey(float score, Instant versionCreated, String articleId) {

        static final Comparator<RankKey> ORDER = Comparator.comparing(RankKey::score)
                .thenComparing(RankKey::versionCreated).thenComparing(RankKey::articleId).reversed();
    }

    /** The candidates, newest first, and whether more articles matched (or, with phrases, had the words). */
    private record Candidates(List<Candidate> matches, boolean bounded) {
    }

    @Transactional
    public SearchResult search(SearchCriteria criteria) {
        if (criteria.query() != null && !criteria.query().findsAnything()) {
            return new SearchResult(0, SearchResult.EXACT, List.of(), new SearchResult.Facets(SearchResult.Facets.ALL,
                    List.of(), List.of(), List.of(), List.of()), null);
        }
        try (Connection connection = dataSource.getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("set transaction isolation level repeatable read, read only");
                // plan every search for its own words: a common word and a rare one need different plans
                statement.execute("set local plan_cache_mode = force_custom_plan");
            }
            boolean relevance = criteria.sort() == SearchCriteria.Sort.RELEVANCE;
            SearchCursor.Candidates window = criteria.after() == null ? null : criteria.after().candidates();
            Candidates found = candidates(connection, criteria, window);
            List<Candidate> candidates = found.matches();
            boolean bounded = found.bounded();
            List<SearchResult.Hit> hits = relevance ? rankedHits(connection, criteria, candidates)
                    : datedHits(connection, criteria, maxCandidates);
            String nextCursor = null;
            if (hits.size() > criteria.limit()) {
                hits = hits.subList(0, criteria.limit());
                SearchResult.Hit last = hits.get(hits.size() - 1);
                if (relevance) {
                    if (window == null) {
                        Candidate oldest = candidates.get(candidates.size() - 1);
                        window = new SearchCursor.Candidates(oldest.versionCreated(), oldest.articleId(),
                                bounded);
                    }
                    nextCursor = new SearchCursor(last.score(), last.versionCreated(), last.articleId(),
                            criteria.fingerprint(), window).encode();
                } else {
                    nextCursor = new SearchCursor(null, last.versionCreated(), last.articleId(),
                            criteria.fingerprint()).encode();
                }
            }
            return new SearchResult(candidates.size(), bounded ? SearchResult.AT_LEAST : SearchResult.EXACT,
                    List.copyOf(hits), facets(candidates, bounded), nextCursor);
        } catch (SQLException e) {
            throw new IllegalStateException("search failed: " + e.getMessage(), e);
        }
    }

    /**
     * The newest matches, newest first: of the newest articles that match (or, for a query with phrases, that have
     * its words), up to one more than the cap; or, for a later page in relevance order, every one from the first
     * page's oldest candidate on. In relevance order each is ranked. Returns the matches and whether there were more
     * than the cap.
     */
    private Candidates candidates(Connection connection, SearchCriteria criteria, SearchCursor.Candidates window)
            throws SQLException {
        SearchQuery query = criteria.query();
        if (window == null && query != null && !criteria.filtered()) {
            WordFrequencies.Snapshot statistics = frequencies.snapshot(connection);
            Float share = statistics.share(query.clauses());
            long span = share == null || share <= 0 ? Long.MAX_VALUE
                    : (long) Math.ceil(RANGE_MARGIN * (maxCandidates + 1) / share);
            if (share != null && share < NEWEST_FIRST_SHARE && span < statistics.articles()) {
                Instant since = newestSince(connection, span);
                if (since != null) {
                    Candidates newest = candidates(connection, criteria, null, since, true);
                    if (newest.bounded()) {
                        return newest; // more than the cap matched since then: the newest matches are among them
                    }
                }
            }
        }
        return candidates(connection, criteria, window, null, favourIndex(connection, query, maxCandidates));
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
    private Candidates candidates(Connection connection, SearchCriteria criteria, SearchCursor.Candidates window,
            Instant since, boolean throughIndex) throws SQLException {
        SearchQuery query = criteria.query();
        boolean phrases = query != null && query.words() != null;
        boolean ranked = criteria.sort() == SearchCriteria.Sort.RELEVANCE && query != null;
        // phrases and ranks are computed for the newest rows only, after the limit: each reads a tsvector
        Sql sql = new Sql();
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
            words(sql, criteria, query.words());
        } else {
            from(sql, criteria);
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
        return query(connection, sql, throughIndex, rows -> {
            List<Candidate> candidates = new ArrayList<>();
            int examined = 0;
            while (rows.next()) {
                if (++examined > maxCandidates && window == null) {
                    break;
                }
                if (rows.getBoolean(7)) {
                    candidates.add(new Candidate(rows.getString(1), rows.getObject(2, OffsetDateTime.class).toInstant(),
                            rows.getString(3), rows.getString(4), strings(rows.getArray(5)),
                            rows.getObject(6, LocalDate.class), rows.getFloat(8)));
                }
            }
            return new Candidates(candidates, window != null ? window.bounded() : examined > maxCandidates);
        });
    }

    /** What is read from a query's rows. */
    private interface Rows<T> {
        T read(ResultSet rows) throws SQLException;
    }

    /**
     * Whether the newest {@code wanted} articles matching {@code query} (null: no words) are best found through the
     * full-text index: when its words are rare enough ({@link WordFrequencies}).
     */
    private boolean favourIndex(Connection connection, SearchQuery query, int wanted) throws SQLException {
        return query != null && frequencies.snapshot(connection).favourIndex(query.clauses(), wanted);
    }

    /** Runs {@code sql} through the full-text and other indexes' bitmaps only, or as PostgreSQL plans it. */
    private static <T> T query(Connection connection, Sql sql, boolean throughIndex, Rows<T> read)
            throws SQLException {
        if (throughIndex) {
            planner(connection, "set local enable_indexscan = off"); // bitmap scans of the GIN index remain
        }
        T result;
        try (PreparedStatement statement = sql.prepare(connection); ResultSet rows = statement.executeQuery()) {
            result = read.read(rows);
        }
        if (throughIndex) {
            planner(connection, "set local enable_indexscan = on");
        }
        return result;
    }

    private static void planner(Connection connection, String setting) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(setting);
        }
    }

    /** A hit's columns; the document (TOASTed) is read for the page's hits only. */
    private static final String HIT_COLUMNS = "select a.article_id, a.revision, a.headline, a.section, a.page,"
            + " a.authors, a.publication_name, a.issue_date, a.version_created, a.document";

    /** The page's hits among the candidates, best rank first, plus one more when there is a next page. */
    private List<SearchResult.Hit> rankedHits(Connection connection, SearchCriteria criteria,
            List<Candidate> candidates) throws SQLException {
        SearchCursor after = criteria.after();
        RankKey last = after == null ? null : new RankKey(after.score(), after.versionCreated(), after.articleId());
        List<Candidate> page = candidates.stream()
                .filter(candidate -> last == null || RankKey.ORDER.compare(candidate.rankKey(), last) > 0)
                .sorted(Comparator.comparing(Candidate::rankKey, RankKey.ORDER))
                .limit(criteria.limit() + 1L)
                .toList();
        if (page.isEmpty()) {
            return List.of();
        }
        // reads the documents of the page's hits only, in the page's order
        Sql sql = new Sql();
        sql.append(HIT_COLUMNS + ", r.score from unnest(?, ?) with ordinality as r(article_id, score, position)"
                + " join article a on a.article_id = r.article_id order by r.position",
                connection.createArrayOf("text", page.stream().map(Candidate::articleId).toArray()),
                connection.createArrayOf("real", page.stream().map(Candidate::score).toArray()));
        return query(connection, sql, false, rows -> hits(rows, criteria));
    }

    /**
     * The page's hits among every match, newest first, plus one more when there is a next page. With phrases, the
     * page looks at the newest {@code maxChecked} articles after the cursor that have the query's words.
     */
    private List<SearchResult.Hit> datedHits(Connection connection, SearchCriteria criteria, int maxChecked)
            throws SQLException {
        SearchQuery query = criteria.query();
        SearchCursor after = criteria.after();
        // the page's rows first, then their rank (for these rows only)
        Sql sql = new Sql();
        if (query != null) {
            sql.append("select h.article_id, h.revision, h.headline, h.section, h.page, h.authors, h.publication_name,"
                    + " h.issue_date, h.version_created, h.document, ts_rank(h.search_vector, cast(? as tsquery))"
                    + " from (", query.tsquery());
        }
        sql.append(HIT_COLUMNS + (query != null ? ", a.search_vector" : ", null::real as score"));
        if (query != null && query.words() != null) {
            sql.append(" from (select a.*");
            words(sql, criteria, query.words());
            if (after != null) {
                sql.append(" and (a.version_created, a.article_id) < (?, ?)",
                        after.versionCreated().atOffset(ZoneOffset.UTC), after.articleId());
            }
            sql.append(" order by a.version_created desc, a.article_id desc limit ?) a"
                    + " where a.search_vector @@ cast(? as tsquery)", maxChecked, query.tsquery());
        } else {
            from(sql, criteria);
            if (after != null) {
                sql.append(" and (a.version_created, a.article_id) < (?, ?)",
                        after.versionCreated().atOffset(ZoneOffset.UTC), after.articleId());
            }
        }
        String order = " order by a.version_created desc, a.article_id desc";
        sql.append(order + " limit ?", criteria.limit() + 1);
        if (query != null) {
            sql.append(") h" + order.replace("a.", "h."));
        }
        return query(connection, sql, favourIndex(connection, query, criteria.limit() + 1), rows -> hits(rows, criteria));
    }

    /** The hits in {@code rows}; the one past the page's limit (there is a next page) gets no snippet. */
    private static List<SearchResult.Hit> hits(ResultSet rows, SearchCriteria criteria) throws SQLException {
        List<SearchResult.Hit> hits = new ArrayList<>();
        while (rows.next()) {
            float rank = rows.getFloat(11);
            Float score = rows.wasNull() ? null : rank;
            String snippet = hits.size() < criteria.limit() ? snippet(rows.getString(10), criteria.query()) : null;
            hits.add(new SearchResult.Hit(rows.getString(1), rows.getInt(2), rows.getString(3),
                    snippet, rows.getString(4), rows.getString(5),
                    strings(rows.getArray(6)), rows.getString(7), rows.getObject(8, LocalDate.class),
                    rows.getObject(9, OffsetDateTime.class).toInstant(), score));
        }
        return hits;
    }

    /** Counts over the candidates: the {@value #FACET_VALUES} most frequent values of each facet. */
    private static SearchResult.Facets facets(List<Candidate> candidates, boolean bounded) {
        Map<String, Long> sections = new HashMap<>();
        Map<String, Long> pages = new HashMap<>();
        Map<String, Long> authors = new HashMap<>();
        Map<String, Long> issueDates = new HashMap<>();
        for (Candidate candidate : candidates) {
            count(sections, candidate.section());
            count(pages, candidate.page());
            candidate.authors().forEach(author -> count(authors, author));
            count(issueDates, candidate.issueDate() == null ? null : candidate.issueDate().toString());
        }
        return new SearchResult.Facets(bounded ? SearchResult.Facets.NEWEST : SearchResult.Facets.ALL,
                top(sections), top(pages), top(authors), top(issueDates));
    }

    private static void count(Map<String, Long> counts, String value) {
        if (value != null) {
            counts.merge(value, 1L, Long::sum);
        }
    }

    private static List<SearchResult.Count> top(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(FACET_VALUES)
                .map(entry -> new SearchResult.Count(entry.getKey(), entry.getValue()))
                .toList();
    }

    /** From the visible articles that match the query and the filters. */
    private static void from(Sql sql, SearchCriteria criteria) {
        words(sql, criteria, criteria.query() == null ? null : criteria.query().tsquery());
    }

    /**
     * From the visible articles that match the filters and {@code tsquery} (if not null). The filters come first:
     * where PostgreSQL checks the conditions row by row, the cheap ones are checked before the tsvector is read.
     */
    private static void words(Sql sql, SearchCriteria criteria, String tsquery) {
        sql.append(" from article a where " + ReaderVisibility.sql("a"));
        filters(sql, criteria);
        if (tsquery != null) {
            sql.append(" and a.search_vector @@ cast(? as tsquery)", tsquery);
        }
    }

    /** The filters, as conditions on {@code a}. */
    private static void filters(Sql sql, SearchCriteria criteria) {
        if (criteria.section() != null) {
            sql.append(" and a.section = ?", criteria.section());
        }
        if (criteria.page() != null) {
            if (criteria.page().matches("\\d{1,4}")) {
                sql.append(" and a.page_number = ?", Integer.valueOf(criteria.page()));
            } else {
                sql.append(" and a.page = ?", criteria.page());
            }
        }
        if (criteria.author() != null) {
            sql.append(" and a.authors @> array[cast(? as text)]", criteria.author());
        }
        if (criteria.publication() != null) {
            sql.append(" and a.publication_name = ?", criteria.publication());
        }
        if (criteria.from() != null) {
            sql.append(" and a.issue_date >= ?", criteria.from());
        }
        if (criteria.to() != null) {
            sql.append(" and a.issue_date <= ?", criteria.to());
        }
    }

    /** Body text first, then captions, then the headlines: where a reader best sees why the article matched. */
    private static String snippet(String json, SearchQuery query) {
        ArticleSubmitted document = EventJson.read(json.getBytes(UTF_8), ArticleSubmitted.class);
        List<String> texts = new ArrayList<>();
        document.body().forEach(block -> texts.addAll(SearchVector.texts(block)));
        texts.addAll(SearchVector.captions(document));
        texts.add(document.headline());
        texts.add(document.subheadline());
        return Snippets.snippet(texts, query);
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        List<String> strings = new ArrayList<>(values.length);
        for (Object value : values) {
            strings.add((String) value);
        }
        return strings;
    }

    /** SQL text and its bind parameters, in order. */
    private static final class Sql {

        private final StringBuilder text = new StringBuilder();
        private final List<Object> parameters = new ArrayList<>();

        void append(String fragment, Object... values) {
            text.append(fragment);
            parameters.addAll(List.of(values));
        }

        PreparedStatement prepare(Connection connection) throws SQLException {
            PreparedStatement statement = connection.prepareStatement(text.toString());
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            return statement;
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
