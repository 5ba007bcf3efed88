package io.herald.catalog.consume;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

import io.herald.catalog.store.ApplyOutcome;
import io.herald.catalog.testing.SampleArticles;
import io.herald.events.EventContract;
import io.herald.events.EventJson;
import io.herald.events.InvalidEventException;
import io.herald.events.testing.SubmittedTopic;
import io.herald.service.tracing.testing.RecordedSpans;
import io.herald.service.tracing.testing.TestTraceparent;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.SpanData;

class RecordSpansTest {

    private static final TopicPartition PARTITION = new TopicPartition(EventContract.ARTICLES_SUBMITTED, 3);

    private final RecordedSpans recorded = new RecordedSpans();

    @Test
    void eachRecordOfABatchHasASpanInItsOwnTraceWithWhatBecameOfIt() {
        String firstTrace = TestTraceparent.newTrace();
        String secondTrace = TestTraceparent.newTrace();
        ConsumerRecord<byte[], byte[]> applied = record(0, SampleArticles.newArticleId(), firstTrace, true);
        ConsumerRecord<byte[], byte[]> poison = record(1, SampleArticles.newArticleId(), secondTrace, false);
        RecordSpans.Batch batch = new RecordSpans(recorded.traces())
                .begin(new ConsumerRecords<>(Map.of(PARTITION, List.of(applied, poison)), Map.of()));

        batch.applied(SubmittedRecord.decode(applied), ApplyOutcome.HISTORY);
        batch.end(List.of(new RejectedRecord(poison, new InvalidEventException("not a valid ArticleSubmitted"))));

        Map<String, SpanData> spans = recorded.ended().stream()
                .collect(Collectors.toMap(SpanData::getTraceId, Function.identity()));
        SpanData first = spans.get(TestTraceparent.traceId(firstTrace));
        assertEquals(TestTraceparent.spanId(firstTrace), first.getParentSpanId());
        assertEquals("history", first.getAttributes().get(AttributeKey.stringKey(RecordSpans.OUTCOME)));
        assertEquals(StatusCode.UNSET, first.getStatus().getStatusCode());
        SpanData second = spans.get(TestTraceparent.traceId(secondTrace));
        assertEquals("dead_letter", second.getAttributes().get(AttributeKey.stringKey(RecordSpans.OUTCOME)));
        assertEquals(StatusCode.ERROR, second.getStatus().getStatusCode());
        assertEquals(2, spans.size());
    }

    @Test
    void aBatchThatFailsEndsEverySpanAsFailed() {
        RecordSpans.Batch batch = new RecordSpans(recorded.traces()).begin(new ConsumerRecords<>(
                Map.of(PARTITION, List.of(record(7, SampleArticles.newArticleId(), TestTraceparent.newTrace(), true))),
                Map.of()));

        batch.fail(new IllegalStateException("the dead letters were not acknowledged"));

        assertEquals(StatusCode.ERROR, recorded.ended().get(0).getStatus().getStatusCode());
    }

    /** A record as ingest writes it, in the trace of {@code traceparent}; its value is an event or broken JSON. */
    private static ConsumerRecord<byte[], byte[]> record(long offset, String articleId, String traceparent,
            boolean valid) {
        RecordHeaders headers = new RecordHeaders(SubmittedTopic.headers(UUID.randomUUID().toString(), articleId));
        headers.add("traceparent", traceparent.getBytes(UTF_8));
        byte[] value = valid ? EventJson.write(SampleArticles.forumReport(articleId)) : "{".getBytes(UTF_8);
        return new ConsumerRecord<>(PARTITION.topic(), PARTITION.partition(), offset, 0L, TimestampType.CREATE_TIME,
                -1, value.length, articleId.getBytes(UTF_8), value, headers, Optional.empty());
    }
}
