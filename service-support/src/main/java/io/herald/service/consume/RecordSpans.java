package io.herald.service.consume;

import java.util.IdentityHashMap;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;

import io.herald.service.tracing.TraceHeaders;
import io.herald.service.tracing.Traces;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Scope;

/**
 * A consumer's span of each record of a batch, in the record's trace (its article's, from its {@code traceparent}):
 * from when the batch's work began to when it ended, with the article and revision it carries and what became of it
 * (the consumer's outcome attribute: the outcome's name, or {@value #DEAD_LETTER}, the span then failed with the
 * reason). A batch is applied in one transaction, so each of its records' spans lasts as long as the whole batch's
 * work; while a record is worked on, its span can be made current, so that what the work records (an outbox row's
 * {@code traceparent}) stays in the record's trace.
 */
public final class RecordSpans {

    /** The outcome of a record parked on the dead-letter topic. */
    public static final String DEAD_LETTER = "dead_letter";

    private final Traces traces;
    private final String spanName;
    private final String outcomeAttribute;

    /**
     * @param spanName         each record's span, e.g. {@code render article}
     * @param outcomeAttribute the attribute that says what became of the record, e.g. {@code herald.render.outcome}
     */
    public RecordSpans(Traces traces, String spanName, String outcomeAttribute) {
        this.traces = traces;
        this.spanName = spanName;
        this.outcomeAttribute = outcomeAttribute;
    }

    /** Starts a span for each record of the batch. */
    public Batch begin(ConsumerRecords<byte[], byte[]> records) {
        Map<ConsumerRecord<byte[], byte[]>, Span> spans = new IdentityHashMap<>(records.count());
        for (ConsumerRecord<byte[], byte[]> record : records) {
            spans.put(record, traces.span(spanName, SpanKind.CONSUMER, TraceHeaders.read(record.headers()))
                    .setAttribute("messaging.destination.name", record.topic())
                    .setAttribute("messaging.destination.partition.id", String.valueOf(record.partition()))
                    .setAttribute("messaging.kafka.offset", record.offset())
                    .startSpan());
        }
        return new Batch(spans, outcomeAttribute);
    }

    /** The spans of one batch's records. */
    public static final class Batch {

        private final Map<ConsumerRecord<byte[], byte[]>, Span> spans;
        private final String outcomeAttribute;

        private Batch(Map<ConsumerRecord<byte[], byte[]>, Span> spans, String outcomeAttribute) {
            this.spans = spans;
            this.outcomeAttribute = outcomeAttribute;
        }

        /** The record was read: its span says which article and revision it carries. */
        public void decoded(SubmittedRecord record) {
            spans.get(record.origin()).setAttribute(Traces.ARTICLE_ID, record.event().event().articleId())
                    .setAttribute(Traces.REVISION, (long) record.event().event().revision());
        }

        /** Makes the record's span current until the scope is closed. */
        public Scope makeCurrent(SubmittedRecord record) {
            return spans.get(record.origin()).makeCurrent();
        }

        /** The record was applied with this outcome (committed). */
        public void applied(SubmittedRecord record, String outcome) {
            spans.get(record.origin()).setAttribute(outcomeAttribute, outcome);
        }

        /** Ends every span; those of the dead letters failed with their reasons. */
        public void end(Iterable<RejectedRecord> deadLetters) {
            for (RejectedRecord letter : deadLetters) {
                Span span = spans.remove(letter.origin());
                span.setAttribute(outcomeAttribute, DEAD_LETTER);
                Traces.end(span, letter.reason());
            }
            spans.values().forEach(span -> Traces.end(span, null));
        }

        /** Ends every span as failed: the batch was not acknowledged, its records come again. */
        public void fail(Throwable failure) {
            spans.values().forEach(span -> Traces.end(span, failure));
        }
    }
}
