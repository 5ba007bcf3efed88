package io.herald.service.tracing;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.List;
import java.util.stream.StreamSupport;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.opentelemetry.context.propagation.TextMapSetter;

/**
 * The W3C trace context ({@code traceparent}, {@code tracestate}) in a Kafka record's headers, where SmallRye's Kafka
 * connector reads and writes it too.
 */
public final class TraceHeaders {

    private static final TextMapPropagator W3C = W3CTraceContextPropagator.getInstance();
    private static final List<String> FIELDS = List.copyOf(W3C.fields());

    private static final TextMapGetter<Headers> GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Headers headers) {
            return StreamSupport.stream(headers.spliterator(), false).map(Header::key).distinct().toList();
        }

        @Override
        public String get(Headers headers, String key) {
            Header header = headers == null ? null : headers.lastHeader(key);
            return header == null || header.value() == null ? null : new String(header.value(), UTF_8);
        }
    };

    private static final TextMapSetter<Headers> SETTER = (headers, key, value) -> headers.add(key, value.getBytes(UTF_8));

    private TraceHeaders() {
    }

    /** The trace context the headers carry, as the parent of what is done with the record; the root if none. */
    public static Context read(Headers headers) {
        return W3C.extract(Context.root(), headers, GETTER);
    }

    /** Writes the context's span into the headers, in place of any trace context they carried. */
    public static void write(Context context, Headers headers) {
        FIELDS.forEach(headers::remove);
        W3C.inject(context, headers, SETTER);
    }
}
