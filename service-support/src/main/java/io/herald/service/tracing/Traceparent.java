package io.herald.service.tracing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;

/**
 * A span's W3C {@code traceparent} as text ({@code 00-<trace id>-<span id>-<flags>}), kept with work done later (an
 * outbox row, a WeChat delivery) so that the later work is part of the same trace.
 */
public final class Traceparent {

    /** The W3C header, and the name of the column that keeps it. */
    public static final String HEADER = "traceparent";

    private static final TextMapPropagator W3C = W3CTraceContextPropagator.getInstance();
    private static final TextMapGetter<String> GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String traceparent) {
            return List.of(HEADER);
        }

        @Override
        public String get(String traceparent, String key) {
            return HEADER.equals(key) ? traceparent : null;
        }
    };

    private Traceparent() {
    }

    /** The traceparent of the context's span, or null if it has none (no trace to continue). */
    public static String of(Context context) {
        Map<String, String> carrier = new HashMap<>(2);
        W3C.inject(context, carrier, Map::put);
        return carrier.get(HEADER);
    }

    /** The context {@code traceparent} stands for, to continue its trace; the root (a new trace) if null or invalid. */
    public static Context parse(String traceparent) {
        return traceparent == null ? Context.root() : W3C.extract(Context.root(), traceparent, GETTER);
    }
}
