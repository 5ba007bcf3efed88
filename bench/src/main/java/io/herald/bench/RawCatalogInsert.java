package io.herald.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import io.herald.devstack.PostgresServer;
import io.herald.events.ArticleSubmitted;
import io.herald.events.Contributor;
import io.herald.events.EventJson;

/**
 * The baseline for the catalog: the rows the catalog writes for each event (processed event, revision, current
 * article with its document and the search vector the catalog computed for it), inserted with plain JDBC
 * batches, one transaction per batch, into a database with the catalog's own schema. No segmentation, no
 * idempotence or revision checks.
 */
final class RawCatalogInsert {

    private static final int BATCH = 500;

    private RawCatalogInsert() {
    }

    /** Creates the catalog's tables in the database at {@code jdbcUrl} from the catalog's Flyway migrations. */
    static void createSchema(String jdbcUrl, Path migrations) throws IOException, SQLException {
        List<Path> scripts;
        try (Stream<Path> files = Files.list(migrations)) {
            scripts = files.filter(file -> file.getFileName().toString().matches("V\\d+__.*\\.sql"))
                    .sorted(Comparator.comparingInt(RawCatalogInsert::version)).toList();
        }
        try (Connection connection = connect(jdbcUrl); Statement statement = connection.createStatement()) {
            for (Path script : scripts) {
                statement.execute(Files.readString(script, UTF_8));
            }
        }
    }

    /** The search vectors (tsvector text) the catalog at {@code catalogJdbcUrl} stored for {@code articleIds}. */
    static Map<String, String> searchVectors(String catalogJdbcUrl, List<String> articleIds) throws SQLException {
        Map<String, String> vectors = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(catalogJdbcUrl, PostgresServer.USER, "");
                PreparedStatement select = connection.prepareStatement(
                        "select article_id, search_vector::text from article where article_id = any(?)")) {
            select.setArray(1, connection.createArrayOf("text", articleIds.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    vectors.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        return vectors;
    }

    /** The events the catalog at {@code catalogJdbcUrl} stored as the current revisions of {@code articleIds}. */
    static List<ArticleSubmitted> storedEvents(String catalogJdbcUrl, List<String> articleIds) throws SQLException {
        List<ArticleSubmitted> events = new ArrayList<>(articleIds.size());
        try (Connection connection = connect(catalogJdbcUrl);
                PreparedStatement select = connection.prepareStatement(
                        "select document::text from article where article_id = any(?) order by article_id")) {
            select.setArray(1, connection.createArrayOf("text", articleIds.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    events.add(EventJson.read(rows.getString(1).getBytes(UTF_8), ArticleSubmitted.class));
                }
            }
        }
        return events;
    }

    /**
     * Inserts the rows of {@code events} (made before the clock starts) with the search vectors the catalog stored
     * for them ({@code searchVectors}, tsvector text by article id); returns events per second.
     */
    static double measure(String jdbcUrl, List<ArticleSubmitted> events, Map<String, String> searchVectors)
            throws SQLException {
        List<String> eventIds = events.stream().map(event -> UUID.randomUUID().toString()).toList();
        List<String> documents = events.stream().map(event -> new String(EventJson.write(event), UTF_8)).toList();
        try (Connection connection = connect(jdbcUrl);
                PreparedStatement processed = connection.prepareStatement(
                        "insert into processed_event (event_id, article_id, revision, processed_at) values (?, ?, ?, ?)");
                PreparedStatement revision = connection.prepareStatement("insert into article_revision "
                        + "(article_id, revision, event_id, pub_status, version_created, document, recorded_at) "
                        + "values (?, ?, ?, ?, ?, ?::jsonb, ?)");
                PreparedStatement article = connection.prepareStatement("insert into article (article_id, revision, "
                        + "event_id, pub_status, language, headline, subheadline, kicker, dateline, section, page, "
                        + "page_number, publication_name, issue_date, issue_number, total_issue_number, page_count, "
                        + "byline, authors, first_created, version_created, document, updated_at, search_vector) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?::tsvector)")) {
            connection.setAutoCommit(false);
            long start = System.nanoTime();
            for (int i = 0; i < events.size(); i++) {
                ArticleSubmitted event = events.get(i);
                String eventId = eventIds.get(i);
                String document = documents.get(i);
                Timestamp now = Timestamp.from(Instant.now());
                processed.setString(1, eventId);
                processed.setString(2, event.articleId());
                processed.setInt(3, event.revision());
                processed.setTimestamp(4, now);
                processed.addBatch();
                revision.setString(1, event.articleId());
                revision.setInt(2, event.revision());
                revision.setString(3, eventId);
                revision.setString(4, event.pubStatus().name());
                revision.setTimestamp(5, Timestamp.from(event.versionCreated()));
                revision.setString(6, document);
                revision.setTimestamp(7, now);
                revision.addBatch();
                bindArticle(connection, article, event, eventId, document, now);
                article.setString(24, searchVectors.get(event.articleId()));
                article.addBatch();
                if ((i + 1) % BATCH == 0 || i == events.size() - 1) {
                    processed.executeBatch();
                    revision.executeBatch();
                    article.executeBatch();
                    connection.commit();
                }
            }
            return events.size() / ((System.nanoTime() - start) / 1e9);
        }
    }

    private static void bindArticle(Connection connection, PreparedStatement article, ArticleSubmitted event,
            String eventId, String document, Timestamp now) throws SQLException {
        List<String> authors = event.byline().stream().map(Contributor::name).toList();
        article.setString(1, event.articleId());
        article.setInt(2, event.revision());
        article.setString(3, eventId);
        article.setString(4, event.pubStatus().name());
        article.setString(5, event.language());
        article.setString(6, event.headline());
        article.setString(7, event.subheadline());
        article.setString(8, event.kicker());
        article.setString(9, event.dateline());
        article.setString(10, event.section());
        article.setString(11, event.page());
        article.setInt(12, Integer.parseInt(event.page().replaceAll("\\D", "")));
        article.setString(13, event.publication().name());
        article.setDate(14, Date.valueOf(event.publication().issueDate()));
        article.setInt(15, event.publication().issueNumber());
        article.setInt(16, event.publication().totalIssueNumber());
        article.setInt(17, event.publication().pageCount());
        article.setString(18, String.join("、", authors));
        Array names = connection.createArrayOf("text", authors.toArray());
        article.setArray(19, names);
        article.setTimestamp(20, Timestamp.from(event.firstCreated()));
        article.setTimestamp(21, Timestamp.from(event.versionCreated()));
        article.setString(22, document);
        article.setTimestamp(23, now);
    }

    private static Connection connect(String jdbcUrl) throws SQLException {
        return DriverManager.getConnection(jdbcUrl, PostgresServer.USER, "");
    }

    private static int version(Path script) {
        String name = script.getFileName().toString();
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }
}
