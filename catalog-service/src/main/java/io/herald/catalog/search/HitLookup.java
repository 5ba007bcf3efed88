package io.herald.catalog.search;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.herald.events.ArticleSubmitted;
import io.herald.events.EventJson;

/**
 * Reads the hits of a search's page, with their snippets: ranked among the candidates (relevance order) or
 * keyset-paged over every match (date order), plus one more hit when there is a next page.
 */
final class HitLookup {

    /** A hit's columns; the document (TOASTed) is read for the page's hits only. */
    private static final String HIT_COLUMNS = "select a.article_id, a.revision, a.headline, a.section, a.page,"
            + " a.authors, a.publication_name, a.issue_date, a.version_created, a.document";

    private final WordFrequencies frequencies;

    HitLookup(WordFrequencies frequencies) {
        this.frequencies = frequencies;
    }

    /** The page's hits among the candidates, best rank first, plus one more when there is a next page. */
    List<SearchResult.Hit> ranked(Connection connection, SearchCriteria criteria, List<Candidate> candidates)
            throws SQLException {
        SearchCursor after = criteria.after();
        Candidate.RankKey last = after == null ? null
                : new Candidate.RankKey(after.score(), after.versionCreated(), after.articleId());
        List<Candidate> page = candidates.stream()
                .filter(candidate -> last == null || Candidate.RankKey.ORDER.compare(candidate.rankKey(), last) > 0)
                .sorted(Comparator.comparing(Candidate::rankKey, Candidate.RankKey.ORDER))
                .limit(criteria.limit() + 1L)
                .toList();
        if (page.isEmpty()) {
            return List.of();
        }
        // reads the documents of the page's hits only, in the page's order
        SearchSql sql = new SearchSql();
        sql.append(HIT_COLUMNS + ", r.score from unnest(?, ?) with ordinality as r(article_id, score, position)"
                + " join article a on a.article_id = r.article_id order by r.position",
                connection.createArrayOf("text", page.stream().map(Candidate::articleId).toArray()),
                connection.createArrayOf("real", page.stream().map(Candidate::score).toArray()));
        return sql.query(connection, false, rows -> hits(rows, criteria));
    }

    /**
     * The page's hits among every match, newest first, plus one more when there is a next page. With phrases, the
     * page looks at the newest {@code maxChecked} articles after the cursor that have the query's words.
     */
    List<SearchResult.Hit> dated(Connection connection, SearchCriteria criteria, int maxChecked) throws SQLException {
        SearchQuery query = criteria.query();
        SearchCursor after = criteria.after();
        // the page's rows first, then their rank (for these rows only)
        SearchSql sql = new SearchSql();
        if (query != null) {
            sql.append("select h.article_id, h.revision, h.headline, h.section, h.page, h.authors, h.publication_name,"
                    + " h.issue_date, h.version_created, h.document, ts_rank(h.search_vector, cast(? as tsquery))"
                    + " from (", query.tsquery());
        }
        sql.append(HIT_COLUMNS + (query != null ? ", a.search_vector" : ", null::real as score"));
        if (query != null && query.words() != null) {
            sql.append(" from (select a.*");
            sql.from(criteria, query.words());
            if (after != null) {
                sql.append(" and (a.version_created, a.article_id) < (?, ?)",
                        after.versionCreated().atOffset(ZoneOffset.UTC), after.articleId());
            }
            sql.append(" order by a.version_created desc, a.article_id desc limit ?) a"
                    + " where a.search_vector @@ cast(? as tsquery)", maxChecked, query.tsquery());
        } else {
            sql.from(criteria);
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
        return sql.query(connection, frequencies.favourIndex(connection, criteria, criteria.limit() + 1),
                rows -> hits(rows, criteria));
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
                    SearchSql.strings(rows.getArray(6)), rows.getString(7), rows.getObject(8, LocalDate.class),
                    rows.getObject(9, OffsetDateTime.class).toInstant(), score));
        }
        return hits;
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
}
