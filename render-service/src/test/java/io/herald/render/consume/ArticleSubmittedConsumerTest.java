package io.herald.render.consume;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serdes;
import org.junit.jupiter.api.Test;

import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.herald.events.ArticleRendered;
import io.herald.events.ArticleSubmitted;
import io.herald.events.CloudEvent;
import io.herald.events.EventContract;
import io.herald.events.EventJson;
import io.herald.events.PubStatus;
import io.herald.events.testing.SubmittedTopic;
import io.herald.render.RenderServiceTest;
import io.herald.render.SampleArticles;
import io.herald.render.TestKafka;
import io.herald.render.store.ProcessedEventRepository;
import io.herald.render.store.Rendition;
import io.herald.render.store.RenditionRepository;
import io.herald.service.metrics.testing.ScrapedMetrics;
import io.herald.service.tracing.testing.TestTraceparent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

@QuarkusTest
@RealBrokerAndDatabase
class ArticleSubmittedConsumerTest extends RenderServiceTest {

    private static final String DEAD_LETTERS = EventContract.ARTICLES_SUBMITTED_RENDER_DLQ;

    @Inject
    RenditionRepository renditions;

    @Inject
    ProcessedEventRepository processedEvents;

    @Test
    void sameEventTwiceIsRenderedAndAnnouncedOnce() {
        String id = SampleArticles.newArticleId("twice");
        String eventId = UUID.randomUUID().toString();
        kafka.submit(eventId, SampleArticles.firstArticle(id, 1), null);
        kafka.submit(eventId, SampleArticles.firstArticle(id, 1), null);
        // same key, so same partition: once revision 2 is announced, both copies were consumed
        String marker = kafka.submit(SampleArticles.firstArticle(id, 2));

        awaitAnnouncedRevisions(id, 2);

        assertEquals(List.of(1, 2), announcedRevisions(id));
        assertEquals(2L, inTransaction(() -> processedEvents.count("articleId", id)));
        assertEquals(1L, inTransaction(() -> renditions.count("articleId", id)));
        assertEquals(marker, inTransaction(() -> renditions.findById(id).eventId));
    }

    @Test
    void redeliveredEventIdIsIgnoredEvenIfItsPayloadDiffers() {
        String id = SampleArticles.newArticleId("replay");
        String eventId = UUID.randomUUID().toString();
        kafka.submit(eventId, SampleArticles.firstArticle(id, 1), null);
        kafka.submit(eventId, SampleArticles.firstArticle(id, 2), null);
        kafka.submit(SampleArticles.firstArticle(id, 3));

        awaitAnnouncedRevisions(id, 3);

        assertEquals(List.of(1, 3), announcedRevisions(id));
    }

    @Test
    void lateOlderRevisionDoesNotReplaceNewerOne() {
        String id = SampleArticles.newArticleId("late");
        kafka.submit(SampleArticles.article(id, 2, PubStatus.USABLE, "第二版标题", List.of("第二版正文。")));
        String late = kafka.submit(SampleArticles.article(id, 1, PubStatus.USABLE, "第一版标题", List.of("第一版正文。")));

        await().atMost(Duration.ofSeconds(30)).until(() -> inTransaction(() -> processedEvents.findById(late) != null));

        given().when().get("/web/articles/{id}", id)
                .then().statusCode(200)
                .body(containsString("<h1>第二版<span class=\"nowrap\">标题</span></h1>"), not(containsString("第一版")));
        given().when().get("/wechat/articles/{id}", id)
                .then().statusCode(200)
                .body("revision", equalTo(2));
        Rendition current = inTransaction(() -> renditions.findById(id));
        assertEquals(2, current.revision);
    }

    @Test
    void killIsStoredAndStillServed() {
        String id = SampleArticles.newArticleId("canceled");
        kafka.submit(SampleArticles.firstArticle(id, 1));
        kafka.submit(SampleArticles.article(id, 2, PubStatus.CANCELED, SampleArticles.HEADLINE, List.of()));

        awaitAnnouncedRevisions(id, 2);

        Rendition current = inTransaction(() -> renditions.findById(id));
        assertEquals(PubStatus.CANCELED, current.pubStatus);
        given().when().get("/wechat/articles/{id}", id)
                .then().statusCode(410);
    }

    @Test
    void malformedRecordGoesToDeadLetterTopicInItsTraceAndLaterEventsStillRender() {
        String id = SampleArticles.newArticleId("poison");
        String malformed = "{\"articleId\": \"" + id + "\", \"revision\": \"not a number\"";
        String ingest = TestTraceparent.newTrace();
        List<Header> headers = new ArrayList<>(SubmittedTopic.headers(UUID.randomUUID().toString(), id));
        headers.add(new RecordHeader("traceparent", ingest.getBytes(UTF_8)));
        try (ConsumerTask<String, byte[]> deadLetters = kafka.read(DEAD_LETTERS)) {
            kafka.submitRaw(null, id, malformed.getBytes(UTF_8), headers);
            kafka.submit(SampleArticles.firstArticle(id, 1));

            awaitAnnouncedRevisions(id, 1);
            await().atMost(Duration.ofSeconds(30)).until(() -> !TestKafka.withKey(deadLetters, id).isEmpty());

            ConsumerRecord<String, byte[]> dead = TestKafka.withKey(deadLetters, id).get(0);
            assertEquals(malformed, new String(dead.value(), UTF_8));
            String reason = KafkaCompanion.getHeader(dead.headers(), "dead-letter-reason");
            assertTrue(reason != null && !reason.isBlank(), "dead-letter-reason header: " + reason);
            assertTrue(dead.headers().headers("traceparent").iterator().hasNext(), "a traceparent header");
            dead.headers().headers("traceparent").forEach(traceparent -> assertEquals(TestTraceparent.traceId(ingest),
                    TestTraceparent.traceId(new String(traceparent.value(), UTF_8)), "the dead letter's trace"));
        }
    }

    @Test
    void recordWithoutCloudEventsIdGoesToDeadLetterTopic() {
        String id = SampleArticles.newArticleId("no-ce-id");
        try (ConsumerTask<String, byte[]> deadLetters = kafka.read(DEAD_LETTERS)) {
            kafka.submitRaw(null, id, EventJson.write(SampleArticles.firstArticle(id, 1)), SubmittedTopic.headers(null, id));

            await().atMost(Duration.ofSeconds(30)).until(() -> !TestKafka.withKey(deadLetters, id).isEmpty());

            String reason = KafkaCompanion.getHeader(TestKafka.withKey(deadLetters, id).get(0).headers(),
                    "dead-letter-reason");
            assertTrue(reason.contains(EventContract.CE_ID), reason);
        }
    }

    @Test
    void recordOfAnotherEventTypeGoesToDeadLetterTopicAndIsNotRendered() {
        String id = SampleArticles.newArticleId("other-type");
        byte[] value = EventJson.write(SampleArticles.firstArticle(id, 1));
        try (ConsumerTask<String, byte[]> deadLetters = kafka.read(DEAD_LETTERS);
                KafkaCompanion producer = new KafkaCompanion(bootstrapServers)) {
            producer.produce(Serdes.String(), Serdes.ByteArray())
                    .fromRecords(new ProducerRecord<>(EventContract.ARTICLES_SUBMITTED, null, id, value,
                            new RecordHeaders(new CloudEvent(UUID.randomUUID().toString(),
                                    EventContract.TYPE_ARTICLE_RENDERED, "/render", id, Instant.now()).toHeaders())))
                    .awaitCompletion();

            await().atMost(Duration.ofSeconds(30)).until(() -> !TestKafka.withKey(deadLetters, id).isEmpty());

            ConsumerRecord<String, byte[]> dead = TestKafka.withKey(deadLetters, id).get(0);
            assertArrayEquals(value, dead.value());
            String reason = KafkaCompanion.getHeader(dead.headers(), "dead-letter-reason");
            assertTrue(reason.contains("unexpected event type " + EventContract.TYPE_ARTICLE_RENDERED), reason);
            assertEquals(0L, inTransaction(() -> renditions.count("articleId", id)));
            assertEquals(0L, inTransaction(() -> processedEvents.count("articleId", id)));
        }
    }

    @Test
    void revisionsOfOneArticleInOnePollEndOnTheNewestAndTheOlderOneAfterItIsIgnored() {
        String id = SampleArticles.newArticleId("one-poll");
        double fallbacksBefore = fallbacks();

        List<String> eventIds = kafka.submitTogether(0, List.of(
                SampleArticles.article(id, 1, PubStatus.USABLE, "第一版标题", List.of("第一版正文。")),
                SampleArticles.article(id, 3, PubStatus.USABLE, "第三版标题", List.of("第三版正文。")),
                SampleArticles.article(id, 2, PubStatus.USABLE, "第二版标题", List.of("第二版正文。"))));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> inTransaction(() -> processedEvents.count("articleId", id)) == 3);
        Rendition current = inTransaction(() -> renditions.findById(id));
        assertEquals(3, current.revision);
        assertEquals(eventIds.get(1), current.eventId);
        given().when().get("/web/articles/{id}", id)
                .then().statusCode(200)
                .body(containsString("第三版正文"), not(containsString("第二版正文")), not(containsString("第一版正文")));
        // a later revision of the same key is announced after whatever the poll announced
        kafka.submit(SampleArticles.article(id, 4, PubStatus.USABLE, "第四版标题", List.of("第四版正文。")));
        awaitAnnouncedRevisions(id, 4);
        assertEquals(List.of(1, 3, 4), announcedRevisions(id), "revision 2 came after 3: ignored, never announced");
        assertEquals(fallbacksBefore, fallbacks(), "the poll was rendered in one transaction");
    }

    @Test
    void aPoisonRecordAmongGoodOnesInOnePollIsADeadLetterAndTheOthersAreRendered() {
        String firstId = SampleArticles.newArticleId("before-poison");
        String poisonId = SampleArticles.newArticleId("poison-in-poll");
        String lastId = SampleArticles.newArticleId("after-poison");
        byte[] malformed = ("{\"articleId\": \"" + poisonId + "\", \"revision\": ").getBytes(UTF_8);
        String poisonEventId = UUID.randomUUID().toString();
        double fallbacksBefore = fallbacks();
        try (ConsumerTask<String, byte[]> deadLetters = kafka.read(DEAD_LETTERS)) {
            kafka.submitRawTogether(List.of(
                    SubmittedTopic.record(0, UUID.randomUUID().toString(), SampleArticles.firstArticle(firstId, 1)),
                    new ProducerRecord<>(EventContract.ARTICLES_SUBMITTED, 0, poisonId, malformed,
                            SubmittedTopic.headers(poisonEventId, poisonId)),
                    SubmittedTopic.record(0, UUID.randomUUID().toString(), SampleArticles.firstArticle(lastId, 1))));

            awaitAnnouncedRevisions(firstId, 1);
            awaitAnnouncedRevisions(lastId, 1);
            await().atMost(Duration.ofSeconds(30)).until(() -> !TestKafka.withKey(deadLetters, poisonId).isEmpty());

            ConsumerRecord<String, byte[]> dead = TestKafka.withKey(deadLetters, poisonId).get(0);
            assertArrayEquals(malformed, dead.value(), "the original bytes");
            assertEquals(poisonEventId, KafkaCompanion.getHeader(dead.headers(), EventContract.CE_ID),
                    "the original headers");
            assertEquals(EventContract.ARTICLES_SUBMITTED,
                    KafkaCompanion.getHeader(dead.headers(), "dead-letter-topic"));
            assertEquals("0", KafkaCompanion.getHeader(dead.headers(), "dead-letter-partition"));
            assertTrue(KafkaCompanion.getHeader(dead.headers(), "dead-letter-reason").contains("ArticleSubmitted"),
                    KafkaCompanion.getHeader(dead.headers(), "dead-letter-reason"));
            assertEquals(1, TestKafka.withKey(deadLetters, poisonId).size(), "parked once");
        }
        assertEquals(fallbacksBefore, fallbacks(), "rejected as it was read, before the poll's transaction");
        assertEquals(0L, inTransaction(() -> renditions.count("articleId", poisonId)));
    }

    @Test
    void aRecordTheDatabaseRefusesInAPollIsADeadLetterAndTheOthersAreRendered() {
        String firstId = SampleArticles.newArticleId("before-refused");
        String refusedId = SampleArticles.newArticleId("refused");
        String lastId = SampleArticles.newArticleId("after-refused");
        // Valid JSON and a complete event, but PostgreSQL stores no NUL character in text or jsonb.
        ArticleSubmitted refused = SampleArticles.article(refusedId, 1, PubStatus.USABLE, "含有\u0000的标题",
                SampleArticles.PARAGRAPHS);
        double fallbacksBefore = fallbacks();
        try (ConsumerTask<String, byte[]> deadLetters = kafka.read(DEAD_LETTERS)) {
            List<String> eventIds = kafka.submitTogether(0,
                    List.of(SampleArticles.firstArticle(firstId, 1), refused, SampleArticles.firstArticle(lastId, 1)));

            awaitAnnouncedRevisions(firstId, 1);
            awaitAnnouncedRevisions(lastId, 1);
            await().atMost(Duration.ofSeconds(30)).until(() -> !TestKafka.withKey(deadLetters, refusedId).isEmpty());

            ConsumerRecord<String, byte[]> dead = TestKafka.withKey(deadLetters, refusedId).get(0);
            assertArrayEquals(EventJson.write(refused), dead.value());
            assertEquals(eventIds.get(1), KafkaCompanion.getHeader(dead.headers(), EventContract.CE_ID));
            assertEquals("0", KafkaCompanion.getHeader(dead.headers(), "dead-letter-partition"));
            String reason = KafkaCompanion.getHeader(dead.headers(), "dead-letter-reason");
            assertTrue(reason != null && !reason.isBlank(), "dead-letter-reason header: " + reason);
        }
        assertTrue(fallbacks() > fallbacksBefore, "the poll was rendered again record by record");
        assertEquals(0L, inTransaction(() -> renditions.count("articleId", refusedId)));
        assertEquals(0L, inTransaction(() -> processedEvents.count("articleId", refusedId)),
                "its claim was rolled back with it");
        given().when().get("/web/articles/{id}", refusedId).then().statusCode(404);
    }

    private static double fallbacks() {
        return ScrapedMetrics.scrape().value("herald_render_batch_fallbacks_total");
    }

    private void awaitAnnouncedRevisions(String id, int lastRevision) {
        await().atMost(Duration.ofSeconds(30)).until(() -> announcedRevisions(id).contains(lastRevision));
    }

    private List<Integer> announcedRevisions(String id) {
        return TestKafka.withKey(rendered(), id).stream()
                .map(record -> EventJson.read(record.value(), ArticleRendered.class).revision())
                .toList();
    }

    private static <T> T inTransaction(Callable<T> work) {
        return QuarkusTransaction.requiringNew().call(work);
    }
}
