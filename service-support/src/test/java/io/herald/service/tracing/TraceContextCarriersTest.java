package io.herald.service.tracing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

import io.herald.service.tracing.testing.TestTraceparent;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;

class TraceContextCarriersTest {

    @Test
    void aStoredTraceparentIsTheContextItWasTakenFrom() {
        String traceparent = TestTraceparent.newTrace();

        Context parsed = Traceparent.parse(traceparent);

        assertEquals(TestTraceparent.traceId(traceparent), Span.fromContext(parsed).getSpanContext().getTraceId());
        assertEquals(traceparent, Traceparent.of(parsed));
    }

    @Test
    void nothingTracedIsStoredAsNullAndReadAsANewTrace() {
        assertNull(Traceparent.of(Context.root()));
        assertFalse(Span.fromContext(Traceparent.parse(null)).getSpanContext().isValid());
        assertFalse(Span.fromContext(Traceparent.parse("not a traceparent")).getSpanContext().isValid());
    }

    @Test
    void writingAContextIntoHeadersReplacesTheTraceTheyCarried() {
        String old = TestTraceparent.newTrace();
        String current = TestTraceparent.newTrace();
        Headers headers = new RecordHeaders().add("ce_id", "1".getBytes(UTF_8)).add("traceparent", old.getBytes(UTF_8));

        TraceHeaders.write(Traceparent.parse(current), headers);

        assertEquals(List.of(current), values(headers, "traceparent"));
        assertEquals(List.of("1"), values(headers, "ce_id"));
        assertEquals(TestTraceparent.traceId(current),
                Span.fromContext(TraceHeaders.read(headers)).getSpanContext().getTraceId());
    }

    @Test
    void headersWithoutTraceAreReadAsANewTrace() {
        assertFalse(Span.fromContext(TraceHeaders.read(new RecordHeaders())).getSpanContext().isValid());
    }

    @Test
    void aModeIsNamedInLowerCaseAndAnotherNameIsRefused() {
        assertEquals(TracingMode.LOG, TracingMode.of("log"));
        assertEquals("herald.tracing must be one of none, log, otlp, not 'LOG'",
                assertThrows(IllegalArgumentException.class,
                        () -> TracingMode.of("LOG")).getMessage());
    }

    private static List<String> values(Headers headers, String key) {
        List<String> values = new ArrayList<>();
        headers.headers(key).forEach(header -> values.add(new String(header.value(), UTF_8)));
        return values;
    }
}
