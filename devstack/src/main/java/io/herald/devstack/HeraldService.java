package io.herald.devstack;

import java.util.Optional;

/** The three Herald services the stack runs, each from its module's {@code quarkus-run.jar}. */
public enum HeraldService {
    INGEST("ingest-service", StackPort.INGEST, "ingest"),
    CATALOG("catalog-service", StackPort.CATALOG, "catalog"),
    RENDER("render-service", StackPort.RENDER, "render");

    private final String module;
    private final StackPort port;
    private final String database;

    HeraldService(String module, StackPort port, String database) {
        this.module = module;
        this.port = port;
        this.database = database;
    }

    /** The module folder in the repository, which also names the service in messages and logs. */
    public String module() {
        return module;
    }

    public StackPort port() {
        return port;
    }

    /** The PostgreSQL database the service owns, if it keeps one. */
    public Optional<String> database() {
        return Optional.ofNullable(database);
    }
}
