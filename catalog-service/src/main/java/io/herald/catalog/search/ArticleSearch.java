package io.herald.catalog.search;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.herald.catalog.store.ArticleVisibility;
import io.herald.events.ArticleSubmitted;
import io.herald.events.EventJson;

/**
 * Runs searches on the {@code article} table: the hits of one page (keyset-paged) and the total and facets of the
 * whole match, in one read-only snapshot. The SQL is built from fixed fragments only; every value, the tsquery
 * included, is a bind parameter.
 */
@ApplicationScoped
public class ArticleSearch {

    /** Values listed per facet, most frequent first. */
    static final int FACET_VALUES = 50;

    private final DataSource dataSource;

    ArticleSearch(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Transactional
    public SearchResult search(SearchCriteria criteria) {
        if (criteria.query() != null && !criteria.query().findsAnything()) {
            return new SearchResult(0, List.of(), new SearchResult.Facets(List.of(), List.of(), List.of(), List.of()),
                    null);
        }
        try (Connection connection = dataSource.getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("set transaction isolation level repeatable read, read only");
            }
            List<SearchResult.Hit> hits = hits(connection, criteria);
            String nextCursor = null;
            if (hits.size() > criteria.limit()) {
                hits = hits.subList(0, criteria.limit());
                SearchResult.Hit last = hits.get(hits.size() - 1);
                nextCursor = new SearchCursor(criteria.sort() == SearchCriteria.Sort.RELEVANCE ? last.score() : null,
                        last.versionCreated(), last.articleId(), criteria.fingerprint()).encode();
            }
            Map<String, List<SearchResult.Count>> facets = new TreeMap<>();
            long total = facets(connection, criteria, facets);
            return new SearchResult(total, List.copyOf(hits),
                    new SearchResult.Facets(facets.getOrDefault("section", List.of()),
                            facets.getOrDefault("page", List.of()), facets.getOrDefault("author", List.of()),
                            facets.getOrDefault("issueDate", List.of())),
                    nextCursor);
        } catch (SQLException e) {
            throw new IllegalStateException("search failed: " + e.getMessage(), e);
        }
    }

    /** The page's hits, plus one more when there is a next page. */
    private static List<SearchResult.Hit> hits(Connection connection, SearchCriteria criteria) throws SQLException {
        Sql sql = new Sql();
        boolean text = criteria.query() != null;
        sql.append("select a.article_id, a.revision, a.headline, a.section, a.page, a.authors, a.publication_name,"
                + " a.issue_date, a.version_created, a.document::text");
        sql.append(text ? ", ts_rank_cd(a.search_vector, s.query) as score" : ", null::real as score");
        from(sql, criteria);
        SearchCursor after = criteria.after();
        boolean relevance = criteria.sort() == SearchCriteria.Sort.RELEVANCE;
        if (after != null) {
            OffsetDateTime time = after.versionCreated().atOffset(ZoneOffset.UTC);
            if (relevance) {
                sql.append(" and (ts_rank_cd(a.search_vector, s.query), a.version_created, a.article_id)"
                        + " < (cast(? as real), ?, ?)", after.score(), time, after.articleId());
            } else {
                sql.append(" and (a.version_created, a.article_id) < (?, ?)", time, after.articleId());
            }
        }
        sql.append(relevance ? " order by score desc, a.version_created desc, a.article_id desc"
                : " order by a.version_created desc, a.article_id desc");
        sql.append(" limit ?", criteria.limit() + 1);
        List<SearchResult.Hit> hits = new ArrayList<>();
        try (PreparedStatement statement = sql.prepare(connection); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                float rank = rows.getFloat(11);
                Float score = rows.wasNull() ? null : rank;
                ArticleSubmitted document = EventJson.read(rows.getString(10).getBytes(UTF_8), ArticleSubmitted.class);
                hits.add(new SearchResult.Hit(rows.getString(1), rows.getInt(2), rows.getString(3),
                        snippet(document, criteria.query()), rows.getString(4), rows.getString(5),
                        strings(rows.getArray(6)), rows.getString(7), rows.getObject(8, LocalDate.class),
                        rows.getObject(9, OffsetDateTime.class).toInstant(), score));
            }
        }
        return hits;
    }

    /** Fills {@code facets} by name; returns the total. */
    private static long facets(Connection connection, SearchCriteria criteria,
            Map<String, List<SearchResult.Count>> facets) throws SQLException {
        Sql sql = new Sql();
        sql.append("with m as (select a.section, a.page, a.authors, a.issue_date");
        from(sql, criteria);
        sql.append(") select 'total', null, count(*) from m");
        facet(sql, "section", "section", "m");
        facet(sql, "page", "page", "m");
        facet(sql, "author", "u.author", "m cross join lateral unnest(m.authors) as u(author)");
        facet(sql, "issueDate", "issue_date::text", "m");
        long total = 0;
        try (PreparedStatement statement = sql.prepare(connection); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                String facet = rows.getString(1);
                if ("total".equals(facet)) {
                    total = rows.getLong(3);
                } else {
                    facets.computeIfAbsent(facet, f -> new ArrayList<>())
                            .add(new SearchResult.Count(rows.getString(2), rows.getLong(3)));
                }
            }
        }
        facets.values().forEach(counts -> counts.sort((a, b) -> a.count() != b.count()
                ? Long.compare(b.count(), a.count()) : a.value().compareTo(b.value())));
        return total;
    }

    private static void facet(Sql sql, String name, String value, String from) {
        sql.append(" union all (select '" + name + "', " + value + ", count(*) from " + from + " where " + value
                + " is not null group by 2 order by 3 desc, 2 limit " + FACET_VALUES + ")");
    }

    /** From the visible articles that match the query and the filters. */
    private static void from(Sql sql, SearchCriteria criteria) {
        if (criteria.query() != null) {
            sql.append(" from article a cross join (select cast(? as tsquery) as query) s where "
                    + ArticleVisibility.VISIBLE_SQL + " and a.search_vector @@ s.query", criteria.query().tsquery());
        } else {
            sql.append(" from article a where " + ArticleVisibility.VISIBLE_SQL);
        }
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
    private static String snippet(ArticleSubmitted document, SearchQuery query) {
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
