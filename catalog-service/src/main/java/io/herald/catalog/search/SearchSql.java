package io.herald.catalog.search;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import io.herald.service.store.ReaderVisibility;

/**
 * A search's SQL text and its bind parameters, in order, built from fixed fragments only: every value, the tsquery
 * included, is a bind parameter. Knows the fragments every search shares (the visible articles, the filters) and
 * runs the query: through the indexes' bitmaps only, newest first through a filter's own index, or as PostgreSQL
 * plans it.
 */
final class SearchSql {

    /** What is read from a query's rows. */
    interface Rows<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private final StringBuilder text = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();
    /** Whether a filter has its own index in version order (V6: section, page number). */
    private boolean versionOrderedFilter;

    void append(String fragment, Object... values) {
        text.append(fragment);
        parameters.addAll(List.of(values));
    }

    /** From the visible articles that match the query and the filters. */
    void from(SearchCriteria criteria) {
        from(criteria, criteria.query() == null ? null : criteria.query().tsquery());
    }

    /**
     * From the visible articles that match the filters and {@code tsquery} (if not null). The filters come first:
     * where PostgreSQL checks the conditions row by row, the cheap ones are checked before the tsvector is read.
     */
    void from(SearchCriteria criteria, String tsquery) {
        append(" from article a where " + ReaderVisibility.sql("a"));
        filters(criteria);
        if (tsquery != null) {
            append(" and a.search_vector @@ cast(? as tsquery)", tsquery);
        }
    }

    /** The filters, as conditions on {@code a}. */
    private void filters(SearchCriteria criteria) {
        if (criteria.section() != null) {
            append(" and a.section = ?", criteria.section());
            versionOrderedFilter = true;
        }
        if (criteria.page() != null) {
            if (criteria.page().matches("\\d{1,4}")) {
                append(" and a.page_number = ?", Integer.valueOf(criteria.page()));
                versionOrderedFilter = true;
            } else {
                append(" and a.page = ?", criteria.page());
            }
        }
        if (criteria.author() != null) {
            append(" and a.authors @> array[cast(? as text)]", criteria.author());
        }
        if (criteria.publication() != null) {
            append(" and a.publication_name = ?", criteria.publication());
        }
        if (criteria.from() != null) {
            append(" and a.issue_date >= ?", criteria.from());
        }
        if (criteria.to() != null) {
            append(" and a.issue_date <= ?", criteria.to());
        }
    }

    /**
     * Runs this query through the full-text and other indexes' bitmaps only, or else newest first, through a filter's
     * own index in version order when there is one, or as PostgreSQL plans it. PostgreSQL does not count what
     * reading a tsvector costs: on a table stored in version order (a catalog that grows in time) it would walk the
     * version index of every article with an incremental sort rather than the filter's index, testing the vectors of
     * every section (a common word in one section of 300,000 articles: 55,000 vectors read instead of 6,900).
     */
    <T> T query(Connection connection, boolean throughIndex, Rows<T> read) throws SQLException {
        // bitmap scans of the GIN index remain; without incremental sorts only the filter's index gives the order
        String setting = throughIndex ? "enable_indexscan" : versionOrderedFilter ? "enable_incremental_sort" : null;
        if (setting != null) {
            planner(connection, "set local " + setting + " = off");
        }
        T result;
        try (PreparedStatement statement = prepare(connection); ResultSet rows = statement.executeQuery()) {
            result = read.read(rows);
        }
        if (setting != null) {
            planner(connection, "set local " + setting + " = on");
        }
        return result;
    }

    private PreparedStatement prepare(Connection connection) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(text.toString());
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
        return statement;
    }

    private static void planner(Connection connection, String setting) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(setting);
        }
    }

    /** A {@code text[]} column's values; none when it is null. */
    static List<String> strings(Array array) throws SQLException {
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

    @Override
    public String toString() {
        return text.toString();
    }
}
