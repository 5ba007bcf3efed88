package io.herald.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import io.herald.devstack.PostgresServer;

/**
 * How many events a service has applied, read from its idempotence table ({@code processed_event}), or another count
 * of what it did.
 */
final class AppliedEvents implements AutoCloseable {

    private static final String PROCESSED_EVENTS = "select count(*) from processed_event";

    /** A service that applies nothing for this long is considered stuck. */
    private static final Duration STALL = Duration.ofSeconds(60);

    private final String service;
    private final Connection connection;
    private final Path serviceLog;
    private final String countQuery;

    AppliedEvents(String service, String jdbcUrl, Path serviceLog) throws SQLException {
        this(service, jdbcUrl, PROCESSED_EVENTS, serviceLog);
    }

    /** @param countQuery a query of one row and one column: how many the service has done */
    AppliedEvents(String service, String jdbcUrl, String countQuery, Path serviceLog) throws SQLException {
        this.service = service;
        this.connection = DriverManager.getConnection(jdbcUrl, PostgresServer.USER, "");
        this.serviceLog = serviceLog;
        this.countQuery = countQuery;
    }

    long applied() throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery(countQuery)) {
            count.next();
            return count.getLong(1);
        }
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
                throw new IllegalStateException(service + " applied nothing for " + STALL.toSeconds() + " s at " + applied
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
