package io.herald.ingest.api;

import static io.herald.ingest.Credentials.asDemo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.herald.ingest.ArticleFixtures;
import io.herald.ingest.SubmittedEvents;
import io.herald.service.tracing.testing.TestTraceparent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * The trace a request belongs to goes on with its articles: each record ingest writes carries a W3C {@code traceparent}
 * header in the request's trace (the one the newsroom sent, or one ingest started), from a span of ingest's own.
 */
@QuarkusTest
@RealBrokerAndDatabase
class ArticleTraceTest {

    private static final String NDJSON = "application/x-ndjson";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void anArticlesRecordIsInTheTraceOfTheRequestThatSentIt() {
        String caller = TestTraceparent.newTrace();
        String articleId = asDemo().header("traceparent", caller)
                .contentType(ContentType.JSON).body(ArticleFixtures.seedArticle("trace-" + UUID.randomUUID()).toString())
                .when().post("/articles")
                .then().statusCode(202).extract().path("articleId");

        String traceparent = traceparent(SubmittedEvents.recordsFor(bootstrapServers, articleId, 1).get(0));

        assertEquals(TestTraceparent.traceId(caller), TestTraceparent.traceId(traceparent));
        assertNotEquals(TestTraceparent.spanId(caller), TestTraceparent.spanId(traceparent),
                "the record's parent is ingest's span, not the caller's");
    }

    @Test
    void everyLineOfABulkRequestIsInTheRequestsTrace() {
        String caller = TestTraceparent.newTrace();
        String batch = "trace-bulk-" + UUID.randomUUID();
        asDemo().header("traceparent", caller)
                .contentType(NDJSON).body((ArticleFixtures.seedArticle(batch + "-1") + "\n"
                        + ArticleFixtures.seedArticle(batch + "-2")).getBytes(StandardCharsets.UTF_8))
                .when().post("/articles/bulk")
                .then().statusCode(200);

        for (String line : List.of("-1", "-2")) {
            ConsumerRecord<String, String> record = SubmittedEvents.recordsFor(bootstrapServers, "demo:" + batch + line, 1)
                    .get(0);
            assertEquals(TestTraceparent.traceId(caller), TestTraceparent.traceId(traceparent(record)));
        }
    }

    @Test
    void aRequestWithoutTraceStartsOneForItsArticle() {
        String articleId = asDemo().contentType(ContentType.JSON)
                .body(ArticleFixtures.seedArticle("untraced-" + UUID.randomUUID()).toString())
                .when().post("/articles")
                .then().statusCode(202).extract().path("articleId");

        String traceId = TestTraceparent.traceId(traceparent(SubmittedEvents.recordsFor(bootstrapServers, articleId, 1)
                .get(0)));

        assertFalse(traceId.matches("0+"), "a valid trace id: " + traceId);
    }

    private static String traceparent(ConsumerRecord<String, String> record) {
        return KafkaCompanion.getHeader(record.headers(), "traceparent");
    }
}
