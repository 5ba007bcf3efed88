package io.herald.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.herald.devstack.PostgresServer;

/** How many events the catalog has applied (read from its idempotence table), and what it stored. */
final class CatalogProgress implements AutoCloseable {

    /** A catalog that applies nothing for this long is considered stuck. */
    private static final Duration STALL = Duration.ofSeconds(60);

    private final Connection connection;
    private final Path serviceLog;

    CatalogProgress(String jdbcUrl, Path serviceLog) throws SQLException {
        this.connection = DriverManager.getConnection(jdbcUrl, PostgresServer.USER, "");
        this.serviceLog = serviceLog;
    }

    long applied() throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery("select count(*) from processed_event")) {
            count.next();
            return count.getLong(1);
        }
    }

    /** The search vectors (tsvector text) the catalog stored for {@code articleIds}, by article id. */
    Map<String, String> searchVectors(List<String> articleIds) throws SQLException {
        Map<String, String> vectors = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
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

    /** Waits until {@code target} events are applied; returns the nanoTime at which that was seen. */
    long awaitApplied(long target) throws SQLException, InterruptedException {
        long last = -1;
        long lastChange = System.nanoTime();
        while (true) {
            long applied = applied();
            long now = System.nanoTime();
            if (applied >= target) {
                return now;
            }
            if (applied != last) {
                last = applied;
                lastChange = now;
            } else if (now - lastChange > STALL.toNanos()) {
                throw new IllegalStateException("the catalog applied nothing for " + STALL.toSeconds() + " s at " + applied
                        + " of " + target + " events; see " + serviceLog);
            }
            Thread.sleep(20);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
