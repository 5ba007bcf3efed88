package io.herald.devstack.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

import io.herald.devstack.PostgresServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts a real PostgreSQL for a {@code @QuarkusTest}, creates the database named by the
 * {@code database} init argument (default {@code herald}) and points the default datasource at it.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private PostgresServer server;
    private String database = "herald";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        Path scratch = ScratchDirectory.create("postgres");
        server = PostgresServer.start(scratch, scratch.resolve("data"), 0);
        server.createDatabase(database);
        return Map.of(
                "quarkus.datasource.jdbc.url", server.jdbcUrl(database),
                "quarkus.datasource.username", PostgresServer.USER,
                "quarkus.datasource.password", "");
    }

    @Override
    public void stop() {
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                throw new UncheckedIOException("PostgreSQL did not stop cleanly", e);
            }
        }
    }
}
