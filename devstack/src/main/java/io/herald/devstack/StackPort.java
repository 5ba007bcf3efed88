package io.herald.devstack;

import java.util.Locale;

/**
 * Every port the local stack listens on, with its default and the option and environment variable
 * that choose another. A port of 0 means "any free port".
 */
public enum StackPort {
    KAFKA("Kafka", 9092),
    /** KRaft's controller listener; only the broker itself talks to it. */
    KAFKA_CONTROLLER("Kafka controller", 0),
    POSTGRES("PostgreSQL", 5432),
    INGEST("ingest-service", 8081),
    CATALOG("catalog-service", 8082),
    RENDER("render-service", 8083),
    WECHAT("wechat-service", 8084),
    /** The operators' console (issue 14). */
    CONSOLE("console-service", 8085),
    WECHAT_SANDBOX("wechat-sandbox", 8089);

    private final String label;
    private final int defaultPort;

    StackPort(String label, int defaultPort) {
        this.label = label;
        this.defaultPort = defaultPort;
    }

    public String label() {
        return label;
    }

    public int defaultPort() {
        return defaultPort;
    }

    /** The command-line option, e.g. {@code --kafka-port}. */
    public String option() {
        return "--" + name().toLowerCase(Locale.ROOT).replace('_', '-') + "-port";
    }

    /** The environment variable, e.g. {@code HERALD_KAFKA_PORT}. */
    public String environmentVariable() {
        return "HERALD_" + name() + "_PORT";
    }
}
