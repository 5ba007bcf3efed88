package io.herald.e2e;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Duration;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.herald.devstack.HeraldStack;
import io.herald.events.EventContract;
import io.herald.service.tracing.testing.TestTraceparent;

/**
 * One trace per article: the trace a newsroom's request starts at ingest is the trace of the {@code articles.rendered}
 * record render announces the article with, after ingest's Kafka send, render's processing and its outbox relay; a
 * Kafka client reads the record's W3C {@code traceparent} header.
 */
@ExtendWith(RunningStack.class)
class OneTracePerArticleIT {

    private static final String REFERENCE_ARTICLE = "/reference-article-p01-symposium.json";
    private static final Duration PIPELINE_TIMEOUT = Duration.ofSeconds(90);
    private static final String TRACEPARENT = "traceparent";

    private static Newsroom newsroom;
    private static TopicRecords topics;

    @BeforeAll
    static void connect(HeraldStack stack) {
        newsroom = new Newsroom(stack);
        topics = new TopicRecords(stack);
    }

    @Test
    void theTraceAnIngestRequestStartsIsTheTraceOfItsArticlesRenderedRecord() {
        String newsroomSpan = TestTraceparent.newTrace();
        ObjectNode article = TestFiles.object(REFERENCE_ARTICLE).put("sourceId", "traced-" + UUID.randomUUID());
        String articleId = newsroom.postArticleInTrace(article, newsroomSpan).statusCode(202).extract().path("articleId");

        String rendered = traceparent(topics.first(EventContract.ARTICLES_RENDERED, articleId, PIPELINE_TIMEOUT));

        assertEquals(TestTraceparent.traceId(newsroomSpan), TestTraceparent.traceId(rendered),
                "the articles.rendered record is in the ingest request's trace");
        String submitted = traceparent(topics.first(EventContract.ARTICLES_SUBMITTED, articleId, PIPELINE_TIMEOUT));
        assertEquals(TestTraceparent.traceId(newsroomSpan), TestTraceparent.traceId(submitted));
        assertNotEquals(TestTraceparent.spanId(submitted), TestTraceparent.spanId(rendered),
                "a span of render's is the articles.rendered record's parent, not ingest's");
    }

    private static String traceparent(ConsumerRecord<String, byte[]> record) {
        Header header = record.headers().lastHeader(TRACEPARENT);
        return header == null ? null : new String(header.value(), UTF_8);
    }
}
