package io.herald.devstack;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Where the services' spans go ({@code --tracing}, {@code HERALD_TRACING}), handed to each Herald service as its
 * {@code HERALD_TRACING}: nowhere by default (trace ids still travel through the pipeline), each service's log, or an
 * OTLP collector (e.g. a local Jaeger) at {@code QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT}, which the services take
 * from the launcher's environment (default {@code http://localhost:4317}).
 */
public enum StackTracing {
    NONE("nowhere (trace ids still travel; --tracing=log or HERALD_TRACING=log writes spans to each service's log)"),
    LOG("each service's log (logger io.opentelemetry.exporter.logging)"),
    OTLP("OTLP at QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT (default http://localhost:4317), e.g. a local Jaeger");

    /** The services' variable. */
    static final String VARIABLE = "HERALD_TRACING";

    private final String destination;

    StackTracing(String destination) {
        this.destination = destination;
    }

    /** Its name on the command line and in the services' configuration. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Where spans go, as the launcher says it. */
    String destination() {
        return destination;
    }

    /** The names there are, for messages: {@code none, log, otlp}. */
    static String names() {
        return Arrays.stream(values()).map(StackTracing::configName).collect(Collectors.joining(", "));
    }

    /**
     * @throws IllegalArgumentException if {@code value} names no mode
     */
    static StackTracing of(String value) {
        return Arrays.stream(values()).filter(mode -> mode.configName().equals(value.strip().toLowerCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("--tracing (or " + VARIABLE + ") must be one of "
                        + names() + ", not '" + value + "'"));
    }
}
