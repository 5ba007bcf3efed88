package io.herald.service.tracing.testing;

import java.util.List;

import io.herald.service.tracing.Traces;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;

/**
 * {@link Traces} that record every span in memory, for unit tests of Herald's own spans (no Quarkus application: the
 * services' tests run with {@code herald.tracing=none}, which records nothing).
 */
public final class RecordedSpans {

    private final InMemorySpanExporter exporter = InMemorySpanExporter.create();
    private final Traces traces = new Traces(SdkTracerProvider.builder()
            .addSpanProcessor(SimpleSpanProcessor.create(exporter)).build().get("herald-test"));

    /** The traces to hand to the code under test. */
    public Traces traces() {
        return traces;
    }

    /** The spans ended so far, in the order they ended. */
    public List<SpanData> ended() {
        return exporter.getFinishedSpanItems();
    }
}
