package io.herald.devstack;

import java.util.Optional;

/**
 * The Herald services the stack runs, each from its module's {@code quarkus-run.jar}, in the order they start: the
 * pipeline's four, the stand-in for WeChat's API that the WeChat channel talks to unless it is given real
 * credentials, and the operators' console.
 */
public enum HeraldService {
    INGEST("ingest-service", StackPort.INGEST, "ingest"),
    CATALOG("catalog-service", StackPort.CATALOG, "catalog"),
    RENDER("render-service", StackPort.RENDER, "render"),
    WECHAT_SANDBOX("wechat-sandbox", StackPort.WECHAT_SANDBOX, null),
    WECHAT("wechat-service", StackPort.WECHAT, "wechat"),
    /** The operators' console: reads Kafka, calls the other services; keeps its record of re-drives. */
    CONSOLE("console-service", StackPort.CONSOLE, "console");

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

    /** Whether it stands in for someone else's API (WeChat's), so that it documents no API of Herald's. */
    public boolean standIn() {
        return this == WECHAT_SANDBOX;
    }

    /** The PostgreSQL database the service owns, if it keeps one. */
    public Optional<String> database() {
        return Optional.ofNullable(database);
    }
}
