package io.herald.service.consume;

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

import io.herald.events.ArticleSubmitted;
import io.herald.events.EventContract;
import io.herald.events.EventJson;
import io.herald.events.InvalidEventException;
import io.herald.events.testing.ReferencePage;
import io.herald.events.testing.SubmittedTopic;
import io.herald.service.tracing.Traceparent;
import io.herald.service.tracing.Traces;
import io.herald.service.tracing.testing.RecordedSpans;
import io.herald.service.tracing.testing.TestTraceparent;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.data.SpanData;

class RecordSpansTest {

    private static final TopicPartition PARTITION = new TopicPartition(EventContract.ARTICLES_SUBMITTED, 3);
    private static final String OUTCOME = "herald.test.outcome";

    private final RecordedSpans recorded = new RecordedSpans();
    private final RecordSpans recordSpans = new RecordSpans(recorded.traces(), "test apply", OUTCOME);

    @Test
    void eachRecordOfABatchHasASpanInItsOwnTraceWithItsArticleAndWhatBecameOfIt() {
        String firstTrace = TestTraceparent.newTrace();
        String secondTrace = TestTraceparent.newTrace();
        ArticleSubmitted article = article();
        ConsumerRecord<byte[], byte[]> applied = record(0, article.articleId(), firstTrace, EventJson.write(article));
        ConsumerRecord<byte[], byte[]> poison = record(1, article.articleId(), secondTrace, "{".getBytes(UTF_8));
        RecordSpans.Batch batch = recordSpans.begin(new ConsumerRecords<>(Map.of(PARTITION, List.of(applied, poison)),
                Map.of()));

        SubmittedRecord decoded = SubmittedRecord.decode(applied);
        batch.decoded(decoded);
        batch.applied(decoded, "history");
        batch.end(List.of(new RejectedRecord(poison, new InvalidEventException("not a valid ArticleSubmitted"))));

        Map<String, SpanData> spans = recorded.ended().stream()
                .collect(Collectors.toMap(SpanData::getTraceId, Function.identity()));
        SpanData first = spans.get(TestTraceparent.traceId(firstTrace));
        assertEquals("test apply", first.getName());
        assertEquals(TestTraceparent.spanId(firstTrace), first.getParentSpanId());
        assertEquals("history", first.getAttributes().get(AttributeKey.stringKey(OUTCOME)));
        assertEquals(article.articleId(), first.getAttributes().get(AttributeKey.stringKey(Traces.ARTICLE_ID)));
        assertEquals(article.revision(), first.getAttributes().get(AttributeKey.longKey(Traces.REVISION)));
        assertEquals(StatusCode.UNSET, first.getStatus().getStatusCode());
        SpanData second = spans.get(TestTraceparent.traceId(secondTrace));
        assertEquals(RecordSpans.DEAD_LETTER, second.getAttributes().get(AttributeKey.stringKey(OUTCOME)));
        assertEquals(StatusCode.ERROR, second.getStatus().getStatusCode());
        assertEquals(2, spans.size());
    }

    @Test
    void whileARecordIsWorkedOnItsSpanIsCurrent() {
        String trace = TestTraceparent.newTrace();
        ArticleSubmitted article = article();
        ConsumerRecord<byte[], byte[]> record = record(5, article.articleId(), trace, EventJson.write(article));
        RecordSpans.Batch batch = recordSpans.begin(new ConsumerRecords<>(Map.of(PARTITION, List.of(record)),
                Map.of()));

        String current;
        try (Scope scope = batch.makeCurrent(SubmittedRecord.decode(record))) {
            current = Traceparent.of(Context.current());
        }
        batch.end(List.of());

        SpanData span = recorded.ended().get(0);
        assertEquals(span.getTraceId(), TestTraceparent.traceId(current));
        assertEquals(span.getSpanId(), TestTraceparent.spanId(current), "the record's own span, not its parent");
    }

    @Test
    void aBatchThatFailsEndsEverySpanAsFailed() {
        ArticleSubmitted article = article();
        RecordSpans.Batch batch = recordSpans.begin(new ConsumerRecords<>(Map.of(PARTITION,
                List.of(record(7, article.articleId(), TestTraceparent.newTrace(), EventJson.write(article)))),
                Map.of()));

        batch.fail(new IllegalStateException("the dead letters were not acknowledged"));

        assertEquals(StatusCode.ERROR, recorded.ended().get(0).getStatus().getStatusCode());
    }

    private static ArticleSubmitted article() {
        return ReferencePage.item(ReferencePage.FORUM, UUID.randomUUID().toString());
    }

    /** A record as ingest writes it, in the trace of {@code traceparent}. */
    private static ConsumerRecord<byte[], byte[]> record(long offset, String articleId, String traceparent,
            byte[] value) {
        RecordHeaders headers = new RecordHeaders(SubmittedTopic.headers(UUID.randomUUID().toString(), articleId));
        headers.add("traceparent", traceparent.getBytes(UTF_8));
        return new ConsumerRecord<>(PARTITION.topic(), PARTITION.partition(), offset, 0L, TimestampType.CREATE_TIME,
                -1, value.length, articleId.getBytes(UTF_8), value, headers, Optional.empty());
    }
}
