package io.herald.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

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
}
