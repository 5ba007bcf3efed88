package io.herald.service.tracing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import io.herald.service.tracing.testing.RecordedSpans;
import io.herald.service.tracing.testing.TestTraceparent;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.SpanData;

class TracesTest {

    private final RecordedSpans recorded = new RecordedSpans();
    private final Traces traces = recorded.traces();

    @Test
    void workRunsInASpanOfTheParentsTraceThatIsCurrentMeanwhile() {
        String parent = TestTraceparent.newTrace();

        String current = traces.call(traces.span("work", SpanKind.CONSUMER, Traceparent.parse(parent)),
                () -> Span.current().getSpanContext().getSpanId());

        SpanData span = recorded.ended().get(0);
        assertEquals("work", span.getName());
        assertEquals(SpanKind.CONSUMER, span.getKind());
        assertEquals(TestTraceparent.traceId(parent), span.getTraceId());
        assertEquals(TestTraceparent.spanId(parent), span.getParentSpanId());
        assertEquals(span.getSpanId(), current);
        assertEquals(StatusCode.UNSET, span.getStatus().getStatusCode());
    }

    @Test
    void aFailureEndsTheSpanAsFailedAndIsThrownOn() {
        IllegalStateException failure = new IllegalStateException("broken");

        assertSame(failure, assertThrows(IllegalStateException.class,
                () -> traces.run(traces.span("work", SpanKind.INTERNAL, Traceparent.parse(null)), () -> {
                    throw failure;
                })));

        SpanData span = recorded.ended().get(0);
        assertEquals(StatusCode.ERROR, span.getStatus().getStatusCode());
        assertEquals("broken", span.getStatus().getDescription());
        assertEquals("exception", span.getEvents().get(0).getName());
    }
}
