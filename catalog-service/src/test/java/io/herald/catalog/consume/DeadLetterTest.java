package io.herald.catalog.consume;

import static io.herald.catalog.testing.SampleArticles.forumReport;
import static io.herald.catalog.testing.SampleArticles.newArticleId;
import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.herald.catalog.metrics.CatalogMetrics;
import io.herald.catalog.testing.ArticlesTopic;
import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.herald.events.ArticleSubmitted;
import io.herald.events.EventContract;
import io.herald.events.EventJson;
import io.herald.service.tracing.testing.TestTraceparent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@RealBrokerAndDatabase
class DeadLetterTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @Inject
    MeterRegistry metrics;

    @Test
    void poisonRecordsGoToTheDeadLetterTopicAndLaterEventsAreStillApplied() {
        String malformedId = newArticleId();
        String withoutIdId = newArticleId();
        String incompleteId = newArticleId();
        String goodId = newArticleId();
        byte[] malformed = "{\"articleId\": \"%s\", \"revision\": ".formatted(malformedId).getBytes(UTF_8);
        ArticleSubmitted incomplete = forumReport(incompleteId, 1, null);
        String incompleteEventId = UUID.randomUUID().toString();
        String incompleteTrace = TestTraceparent.newTrace();

        try (ArticlesTopic topic = new ArticlesTopic(bootstrapServers)) {
            // One partition, so the good event is consumed only after the channel got past every poison record.
            int partition = topic.submit(UUID.randomUUID().toString(), forumReport(newArticleId()), null);
            topic.submitRaw(partition, malformedId, malformed,
                    ArticlesTopic.headers(UUID.randomUUID().toString(), forumReport(malformedId)));
            topic.submitRaw(partition, withoutIdId, EventJson.write(forumReport(withoutIdId)),
                    withoutHeader(ArticlesTopic.headers("ignored", forumReport(withoutIdId)), EventContract.CE_ID));
            topic.submitRaw(partition, incompleteId, EventJson.write(incomplete),
                    withHeader(ArticlesTopic.headers(incompleteEventId, incomplete), "traceparent", incompleteTrace));
            topic.submit(UUID.randomUUID().toString(), forumReport(goodId), partition);

            await().atMost(Duration.ofSeconds(30))
                    .until(() -> given().get("/articles/{id}", goodId).statusCode() == 200);
            Set<String> poisonKeys = Set.of(malformedId, withoutIdId, incompleteId);
            Map<String, ConsumerRecord<String, byte[]>> deadLetters = topic
                    .deadLettersUntil(records -> keys(records).containsAll(poisonKeys)).stream()
                    .filter(record -> poisonKeys.contains(record.key()))
                    .collect(Collectors.toMap(ConsumerRecord::key, Function.identity()));

            assertArrayEquals(malformed, deadLetters.get(malformedId).value(), "the original bytes are kept");
            assertArrayEquals(EventJson.write(incomplete), deadLetters.get(incompleteId).value());
            assertReason(deadLetters.get(malformedId), "ArticleSubmitted");
            assertReason(deadLetters.get(withoutIdId), EventContract.CE_ID);
            assertReason(deadLetters.get(incompleteId), "headline is missing");
            assertEquals(EventContract.ARTICLES_SUBMITTED, header(deadLetters.get(incompleteId), "dead-letter-topic"));
            assertEquals(String.valueOf(partition), header(deadLetters.get(incompleteId), "dead-letter-partition"));
            assertEquals(incompleteEventId, header(deadLetters.get(incompleteId), EventContract.CE_ID),
                    "the original headers are kept");
            assertEquals(List.of(incompleteTrace), headers(deadLetters.get(incompleteId), "traceparent"),
                    "the dead letter stays in its article's trace");
            long malformedOffset = Long.parseLong(header(deadLetters.get(malformedId), "dead-letter-offset"));
            assertEquals(malformedOffset + 2, Long.parseLong(header(deadLetters.get(incompleteId), "dead-letter-offset")),
                    "each dead letter names its own offset");
        }
        for (String id : List.of(malformedId, withoutIdId, incompleteId)) {
            given().get("/articles/{id}", id).then().statusCode(404);
        }
    }

    @Test
    void aRecordTheDatabaseRefusesInABatchIsADeadLetterAndTheOthersAreApplied() {
        String firstId = newArticleId();
        String refusedId = newArticleId();
        String lastId = newArticleId();
        // Valid JSON and a complete event, but PostgreSQL stores no NUL character in text or jsonb.
        ArticleSubmitted refused = forumReport(refusedId, 1, "含有\u0000的标题");
        double fallbacksBefore = fallbacks();

        try (ArticlesTopic topic = new ArticlesTopic(bootstrapServers)) {
            int partition = topic.submit(UUID.randomUUID().toString(), forumReport(newArticleId()), null);
            List<String> eventIds = topic.submitTogether(partition,
                    List.of(forumReport(firstId), refused, forumReport(lastId)));

            for (String id : List.of(firstId, lastId)) {
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> given().get("/articles/{id}", id).statusCode() == 200);
            }
            ConsumerRecord<String, byte[]> deadLetter = topic
                    .deadLettersUntil(records -> keys(records).contains(refusedId)).stream()
                    .filter(record -> refusedId.equals(record.key()))
                    .findFirst().orElseThrow();

            assertArrayEquals(EventJson.write(refused), deadLetter.value());
            assertEquals(eventIds.get(1), header(deadLetter, EventContract.CE_ID));
            assertEquals(String.valueOf(partition), header(deadLetter, "dead-letter-partition"));
            assertThat(header(deadLetter, "dead-letter-reason") + " " + header(deadLetter, "dead-letter-cause"),
                    containsString("0000"));
        }
        given().get("/articles/{id}", refusedId).then().statusCode(404);
        given().get("/articles/{id}/revisions", refusedId).then().statusCode(404);
        assertTrue(fallbacks() > fallbacksBefore, "the batch was applied again record by record");
    }

    private double fallbacks() {
        Counter counter = metrics.find(CatalogMetrics.BATCH_FALLBACKS).counter();
        return counter == null ? 0 : counter.count();
    }

    private static void assertReason(ConsumerRecord<String, byte[]> deadLetter, String expected) {
        assertThat(header(deadLetter, "dead-letter-reason"), containsString(expected));
    }

    private static Set<String> keys(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(ConsumerRecord::key).collect(Collectors.toSet());
    }

    private static String header(ConsumerRecord<String, byte[]> record, String key) {
        Header header = record.headers().lastHeader(key);
        return header == null ? null : new String(header.value(), UTF_8);
    }

    private static List<String> headers(ConsumerRecord<String, byte[]> record, String key) {
        List<String> values = new ArrayList<>();
        record.headers().headers(key).forEach(header -> values.add(new String(header.value(), UTF_8)));
        return values;
    }

    private static List<Header> withHeader(List<Header> headers, String key, String value) {
        List<Header> more = new ArrayList<>(headers);
        more.add(new RecordHeader(key, value.getBytes(UTF_8)));
        return more;
    }

    private static List<Header> withoutHeader(List<Header> headers, String key) {
        List<Header> kept = new ArrayList<>(headers);
        kept.removeIf(header -> header.key().equals(key));
        return kept;
    }
}
