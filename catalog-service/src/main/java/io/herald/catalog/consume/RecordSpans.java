package io.herald.catalog.consume;

import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;

import io.herald.catalog.store.ApplyOutcome;
import io.herald.service.tracing.TraceHeaders;
import io.herald.service.tracing.Traces;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;

/**
 * The catalog's span of each record of a batch, in the record's trace (its article's, from its {@code traceparent}):
 * from when the batch's work began to when it ended, with what became of the record ({@value #OUTCOME}: an
 * {@link ApplyOutcome}, or {@code dead_letter}, the span then failed with the reason). A batch is applied in one
 * transaction, so each of its records' spans lasts as long as the whole batch's work.
 */
@ApplicationScoped
class RecordSpans {

    /** What became of the record. */
    static final String OUTCOME = "herald.catalog.outcome";

    private final Traces traces;

    RecordSpans(Traces traces) {
        this.traces = traces;
    }

    /** Starts a span for each record of the batch. */
    Batch begin(ConsumerRecords<byte[], byte[]> records) {
        Map<ConsumerRecord<byte[], byte[]>, Span> spans = new IdentityHashMap<>(records.count());
        for (ConsumerRecord<byte[], byte[]> record : records) {
            spans.put(record, traces.span("catalog apply", SpanKind.CONSUMER, TraceHeaders.read(record.headers()))
                    .setAttribute("messaging.destination.name", record.topic())
                    .setAttribute("messaging.destination.partition.id", String.valueOf(record.partition()))
                    .setAttribute("messaging.kafka.offset", record.offset())
                    .startSpan());
        }
        return new Batch(spans);
    }

    /** The spans of one batch's records. */
    static final class Batch {

        private final Map<ConsumerRecord<byte[], byte[]>, Span> spans;

        private Batch(Map<ConsumerRecord<byte[], byte[]>, Span> spans) {
            this.spans = spans;
        }

        /** The record was applied with this outcome. */
        void applied(SubmittedRecord record, ApplyOutcome outcome) {
            spans.get(record.origin()).setAttribute(Traces.ARTICLE_ID, record.event().event().articleId())
                    .setAttribute(Traces.REVISION, (long) record.event().event().revision())
                    .setAttribute(OUTCOME, outcome.name().toLowerCase(Locale.ROOT));
        }

        /** Ends every span; those of the dead letters failed with their reasons. */
        void end(Iterable<RejectedRecord> deadLetters) {
            for (RejectedRecord letter : deadLetters) {
                Span span = spans.remove(letter.origin());
                span.setAttribute(OUTCOME, "dead_letter");
                Traces.end(span, letter.reason());
            }
            spans.values().forEach(span -> Traces.end(span, null));
        }

        /** Ends every span as failed: the batch was not acknowledged, its records come again. */
        void fail(Throwable failure) {
            spans.values().forEach(span -> Traces.end(span, failure));
        }
    }
}
