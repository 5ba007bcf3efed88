package io.herald.ingest.api;

import static io.herald.ingest.Credentials.asDemo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.herald.ingest.ArticleFixtures;
import io.herald.ingest.SubmittedEvents;
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
        String traceId = randomHex(16);
        String callerSpanId = randomHex(8);
        String articleId = asDemo().header("traceparent", "00-" + traceId + "-" + callerSpanId + "-01")
                .contentType(ContentType.JSON).body(ArticleFixtures.seedArticle("trace-" + UUID.randomUUID()).toString())
                .when().post("/articles")
                .then().statusCode(202).extract().path("articleId");

        String[] traceparent = traceparent(SubmittedEvents.recordsFor(bootstrapServers, articleId, 1).get(0));

        assertEquals(traceId, traceparent[1]);
        assertNotEquals(callerSpanId, traceparent[2], "the record's parent is ingest's span, not the caller's");
    }

    @Test
    void everyLineOfABulkRequestIsInTheRequestsTrace() {
        String traceId = randomHex(16);
        String batch = "trace-bulk-" + UUID.randomUUID();
        asDemo().header("traceparent", "00-" + traceId + "-" + randomHex(8) + "-01")
                .contentType(NDJSON).body((ArticleFixtures.seedArticle(batch + "-1") + "\n"
                        + ArticleFixtures.seedArticle(batch + "-2")).getBytes(StandardCharsets.UTF_8))
                .when().post("/articles/bulk")
                .then().statusCode(200);

        for (String line : List.of("-1", "-2")) {
            ConsumerRecord<String, String> record = SubmittedEvents.recordsFor(bootstrapServers, "demo:" + batch + line, 1)
                    .get(0);
            assertEquals(traceId, traceparent(record)[1]);
        }
    }

    @Test
    void aRequestWithoutTraceStartsOneForItsArticle() {
        String articleId = asDemo().contentType(ContentType.JSON)
                .body(ArticleFixtures.seedArticle("untraced-" + UUID.randomUUID()).toString())
                .when().post("/articles")
                .then().statusCode(202).extract().path("articleId");

        String[] traceparent = traceparent(SubmittedEvents.recordsFor(bootstrapServers, articleId, 1).get(0));

        assertTrue(traceparent[1].matches("[0-9a-f]{32}") && !traceparent[1].matches("0+"), traceparent[1]);
    }

    /** The record's traceparent, split into version, trace id, parent span id and flags. */
    private static String[] traceparent(ConsumerRecord<String, String> record) {
        String header = KafkaCompanion.getHeader(record.headers(), "traceparent");
        assertTrue(header != null && header.matches("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}"), "traceparent " + header);
        return header.split("-");
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        random[0] |= 1;
        return HexFormat.of().formatHex(random);
    }
}
