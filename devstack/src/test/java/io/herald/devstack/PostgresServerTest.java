package io.herald.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;

class PostgresServerTest {

    @Test
    void createDatabaseIsIdempotent() throws Exception {
        Path home = Files.createTempDirectory("postgres-server-");
        try (PostgresServer postgres = PostgresServer.start(home.resolve("binaries"), home.resolve("data"), 0)) {
            postgres.createDatabase("catalog");
            postgres.createDatabase("catalog");

            try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("catalog"), PostgresServer.USER, "");
                 ResultSet databases = connection.createStatement()
                         .executeQuery("SELECT count(*) FROM pg_database WHERE datname = 'catalog'")) {
                databases.next();
                assertEquals(1, databases.getInt(1));
            }
        }
    }

    @Test
    void theLaunchersPostgresPutsEveryCommitOnTheDiskAndListensOnTheLoopbackAddressOnly() throws Exception {
        Path home = Files.createTempDirectory("postgres-durable-");
        StackConfig config = StackConfig.onFreePorts(home, home);

        try (PostgresServer postgres = HeraldStack.startPostgres(config, 0)) {
            assertEquals("on", show(postgres, "fsync"));
            assertEquals("on", show(postgres, "synchronous_commit"));
            assertEquals("on", show(postgres, "full_page_writes"));
            assertEquals("127.0.0.1", show(postgres, "listen_addresses"));
            assertEquals(List.of("127.0.0.1"), ListeningSockets.on(postgres.port()));
        }
    }

    @Test
    void aPostmasterLeftRunningOnTheDataDirectoryIsStoppedAndTheDataKept() throws Exception {
        Path home = Files.createTempDirectory("postgres-stale-");
        StackConfig config = StackConfig.onFreePorts(home, home);
        PostgresServer abandoned = HeraldStack.startPostgres(config, 0);
        abandoned.createDatabase("catalog");
        ProcessHandle postmaster = abandoned.postmaster();

        StalePostmaster.stopIfRunning(config.postgresDirectory());

        assertFalse(postmaster.isAlive());
        abandoned.close(); // releases zonky's lock on the data directory, held by this JVM
        try (PostgresServer postgres = HeraldStack.startPostgres(config, 0);
             Connection connection = DriverManager.getConnection(postgres.jdbcUrl("catalog"), PostgresServer.USER, "")) {
            assertEquals("catalog", connection.getCatalog());
        }
    }

    private static String show(PostgresServer postgres, String setting) throws SQLException {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("postgres"), PostgresServer.USER, "");
             Statement statement = connection.createStatement();
             ResultSet value = statement.executeQuery("SHOW " + setting)) {
            value.next();
            return value.getString(1);
        }
    }
}
