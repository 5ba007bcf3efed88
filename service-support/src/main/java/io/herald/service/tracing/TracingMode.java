package io.herald.service.tracing;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Where a service's spans go, as {@code herald.tracing} ({@code HERALD_TRACING}) says: nowhere ({@code none}, the
 * default: trace ids still travel, so that a trace can be followed across the services, but nothing is recorded), the
 * service's log ({@code log}), or an OTLP collector ({@code otlp}) at {@code quarkus.otel.exporter.otlp.traces.endpoint}.
 */
public enum TracingMode {
    NONE, LOG, OTLP;

    /** The configuration property. */
    public static final String PROPERTY = "herald.tracing";

    /** The mode's name in configuration. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The mode named {@code value}, in lower case as configured.
     *
     * @throws IllegalArgumentException naming the property and the modes there are
     */
    public static TracingMode of(String value) {
        return Arrays.stream(values()).filter(mode -> mode.configName().equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(PROPERTY + " must be one of " + Arrays.stream(values())
                        .map(TracingMode::configName).collect(Collectors.joining(", ")) + ", not '" + value + "'"));
    }
}
