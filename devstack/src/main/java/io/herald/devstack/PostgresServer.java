package io.herald.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL 17 server from embedded binaries, run as a child process. Its data directory is
 * kept across restarts; binaries are unpacked under the working directory.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String USER = "postgres";

    private final EmbeddedPostgres postgres;
    private final String host;
    private final Path dataDirectory;

    private PostgresServer(EmbeddedPostgres postgres, String host, Path dataDirectory) {
        this.postgres = postgres;
        this.host = host;
        this.dataDirectory = dataDirectory;
    }

    /** How PostgreSQL gets commits onto the disk. */
    public enum Durability {
        /**
         * zonky's defaults, for tests: {@code fsync} and {@code synchronous_commit} off, so a commit may be
         * lost by a crash of the machine (never by one of PostgreSQL's processes) and files may be corrupted.
         */
        FAST(Map.of()),
        /** PostgreSQL's own defaults: a committed transaction is on the disk and survives a power cut. */
        DURABLE(Map.of("fsync", "on", "synchronous_commit", "on", "full_page_writes", "on"));

        private final Map<String, String> settings;

        Durability(Map<String, String> settings) {
            this.settings = settings;
        }
    }

    /**
     * Starts PostgreSQL on {@code port} (0 picks a free one) with its data in {@code dataDirectory}, for tests:
     * {@link Durability#FAST}, listening on localhost.
     */
    public static PostgresServer start(Path workingDirectory, Path dataDirectory, int port) {
        return start(workingDirectory, dataDirectory, port, Durability.FAST, Optional.empty());
    }

    /**
     * Starts PostgreSQL on {@code port} (0 picks a free one) with its data in {@code dataDirectory}. A postmaster
     * left running on that data directory (its launcher was killed) is stopped first.
     *
     * @param listenAddress the address it listens on ({@code listen_addresses}); empty: localhost
     */
    public static PostgresServer start(Path workingDirectory, Path dataDirectory, int port, Durability durability,
                                       Optional<String> listenAddress) {
        StalePostmaster.stopIfRunning(dataDirectory);
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(workingDirectory.toFile())
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60));
            if (port > 0) {
                builder.setPort(port);
            }
            // Given with -c after zonky's -F (fsync off), so they win.
            durability.settings.forEach(builder::setServerConfig);
            listenAddress.ifPresent(address -> builder.setServerConfig("listen_addresses", address));
            String host = listenAddress.map(ListenAddress::clientHost).orElse("localhost");
            return new PostgresServer(builder.start(), host, dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start in " + dataDirectory + ": " + e.getMessage(), e);
        }
    }

    /** The postmaster's process, from the first line of {@code postmaster.pid}. */
    public ProcessHandle postmaster() {
        return StalePostmaster.postmaster(dataDirectory)
                .orElseThrow(() -> new IllegalStateException("PostgreSQL in " + dataDirectory + " has no running postmaster"));
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port() + "/" + database;
    }

    /** Creates {@code database} unless it exists. */
    public void createDatabase(String database) {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + database);
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            try (ResultSet exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
                if (exists.next()) {
                    return;
                }
            }
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + database + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
