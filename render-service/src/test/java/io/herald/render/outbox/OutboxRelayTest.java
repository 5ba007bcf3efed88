package io.herald.render.outbox;

import static io.herald.service.operator.testing.TestOperator.asOperator;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.junit.jupiter.api.Test;

import io.herald.devstack.KafkaBroker;
import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.herald.events.ArticleRendered;
import io.herald.events.EventContract;
import io.herald.events.EventJson;
import io.herald.events.PubStatus;
import io.herald.render.RenderServiceTest;
import io.herald.render.SampleArticles;
import io.herald.render.TestKafka;
import io.herald.render.store.OutboxEvent;
import io.herald.render.store.OutboxRepository;
import io.herald.service.metrics.testing.ScrapedMetrics;
import io.quarkus.arc.ClientProxy;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

@QuarkusTest
@RealBrokerAndDatabase
class OutboxRelayTest extends RenderServiceTest {

    /** The topic's max.message.bytes while a test makes it refuse large events. */
    private static final String SMALL_TOPIC_LIMIT = "65536";

    @Inject
    OutboxRepository outbox;

    @Inject
    RenderedChannel channel;

    @Test
    void eventLargerThanTheProducerAllowsIsParkedWithItsReasonAndLaterEventsFlow() {
        double parkedBefore = ScrapedMetrics.scrape().value("herald_render_parked_total");
        String refusedId = SampleArticles.newArticleId("too-large");
        // larger than the producer's max.request.size (2 MiB): Kafka refuses it on every attempt
        UUID refused = queue(refusedId, "内容".repeat(400_000));
        String laterId = SampleArticles.newArticleId("after-too-large");
        queue(laterId, "<p>正文</p>");

        Map<String, Object> parked = awaitParked(refused);

        assertEquals(refusedId, parked.get("articleId"));
        assertEquals(1, parked.get("revision"));
        String reason = (String) parked.get("reason");
        assertTrue(reason.contains("RecordTooLargeException"), reason);
        assertEquals(1, parked.get("attempts"));
        assertNotNull(Instant.parse((String) parked.get("parkedAt")));
        await().atMost(Duration.ofSeconds(30)).until(() -> !TestKafka.withKey(rendered(), laterId).isEmpty());
        assertTrue(TestKafka.withKey(rendered(), refusedId).isEmpty());
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> outbox.count("eventId", refused)),
                "parked, no longer pending");
        given().when().get("/q/health/ready").then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(1,
                ScrapedMetrics.scrape().value("herald_render_parked_total") - parkedBefore, "counted once committed"));
    }

    @Test
    void eventTheTopicRefusesIsParkedWhileLaterEventsFlowAndIsResentOnceFixed() throws Exception {
        KafkaBroker.createTopics(bootstrapServers, List.of(EventContract.ARTICLES_RENDERED),
                EventContract.DEFAULT_PARTITIONS);
        // WeChat content of 360 KB: more than the topic takes while its max.message.bytes is lowered
        List<String> longBody = List.of("很长的正文。".repeat(20_000));
        String stale = SampleArticles.newArticleId("topic-refused-stale");
        String resent = SampleArticles.newArticleId("topic-refused-resent");
        String later = SampleArticles.newArticleId("after-topic-refused");
        Map<String, Object> staleParked;
        Map<String, Object> resentParked;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            try {
                setTopicLimit(admin, Optional.of(SMALL_TOPIC_LIMIT));
                kafka.submit(SampleArticles.article(stale, 1, PubStatus.USABLE, SampleArticles.HEADLINE, longBody));
                kafka.submit(SampleArticles.article(resent, 1, PubStatus.USABLE, SampleArticles.HEADLINE, longBody));
                staleParked = awaitParked(stale);
                resentParked = awaitParked(resent);

                // written after the parked ones, the same article's next revision included: they flow
                kafka.submit(SampleArticles.firstArticle(later, 1));
                kafka.submit(SampleArticles.firstArticle(stale, 2));
                await().atMost(Duration.ofSeconds(30)).until(() -> !TestKafka.withKey(rendered(), later).isEmpty()
                        && !TestKafka.withKey(rendered(), stale).isEmpty());
            } finally {
                setTopicLimit(admin, Optional.empty());
            }
        }

        String reason = (String) staleParked.get("reason");
        assertTrue(reason.contains("RecordTooLargeException"), reason);
        assertEquals(1, staleParked.get("revision"));
        List<ConsumerRecord<String, byte[]>> staleRecords = TestKafka.withKey(rendered(), stale);
        assertEquals(List.of(2), staleRecords.stream()
                .map(record -> EventJson.read(record.value(), ArticleRendered.class).revision()).toList());
        assertTrue(TestKafka.withKey(rendered(), resent).isEmpty());

        // revision 1 of the first article was superseded by revision 2: sending it now would undo revision 2
        asOperator().when().post("/admin/outbox/parked/{eventId}/resend", staleParked.get("eventId"))
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:herald:problem:parked-event-superseded"))
                .body("detail", containsString("revision 2"));
        // the topic takes it again: sent once moved back to the outbox
        asOperator().when().post("/admin/outbox/parked/{eventId}/resend", (String) resentParked.get("eventId"))
                .then().statusCode(202)
                .body("articleId", equalTo(resent));
        await().atMost(Duration.ofSeconds(30)).until(() -> !TestKafka.withKey(rendered(), resent).isEmpty());
        ConsumerRecord<String, byte[]> record = TestKafka.withKey(rendered(), resent).get(0);
        assertEquals(resentParked.get("eventId"), KafkaCompanion.getHeader(record.headers(), EventContract.CE_ID));
        assertEquals(20_000 * 6, EventJson.read(record.value(), ArticleRendered.class).wechat().characters());
        assertNull(parkedEntry((String) resentParked.get("eventId")), "no longer parked");
        asOperator().when().post("/admin/outbox/parked/{eventId}/resend", (String) resentParked.get("eventId"))
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void resendOfAnythingButAParkedEventIdIsAProblem() {
        asOperator().when().post("/admin/outbox/parked/{eventId}/resend", "not-a-uuid")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("eventId"));
        asOperator().when().get("/admin/outbox/parked?limit=0")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
    }

    @Test
    void acknowledgedEventIsDeletedFromOutbox() {
        String id = SampleArticles.newArticleId("deleted");
        UUID queued = queue(id, "<p>正文</p>");

        await().atMost(Duration.ofSeconds(30)).until(() -> !TestKafka.withKey(rendered(), id).isEmpty());

        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> outbox.count("eventId", queued)));
        assertNull(parkedEntry(queued.toString()));
    }

    @Test
    void anEventAcknowledgedAfterAFailedSendOfItsArticleSupersedesItSoConsumersEndOnTheNewest() {
        String articleId = SampleArticles.newArticleId("failed-send");
        String otherId = SampleArticles.newArticleId("beside-failed-send");
        OutboxEvent failing = event(articleId, 1, "<p>第一版</p>");
        OutboxEvent newer = event(articleId, 2, "<p>第二版</p>");
        OutboxEvent other = event(otherId, 1, "<p>正文</p>");
        QuarkusMock.installMockForType(new FailingOnce(ClientProxy.unwrap(channel), failing.eventId),
                RenderedChannel.class);

        // one transaction, so one relay run sends all three, pipelined; the first one's send fails
        QuarkusTransaction.requiringNew().run(() -> List.of(failing, newer, other).forEach(outbox::persist));
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> outbox.count("articleId in ?1", List.of(articleId, otherId))) == 0);
        // written after everything the relay did for the article: once it is read, so is all that came before
        OutboxEvent marker = event(articleId, 3, "<p>第三版</p>");
        QuarkusTransaction.requiringNew().run(() -> outbox.persist(marker));
        await().atMost(Duration.ofSeconds(30)).until(() -> eventIds(articleId).contains(marker.eventId.toString()));

        assertEquals(List.of(newer.eventId.toString(), marker.eventId.toString()), eventIds(articleId),
                "revision 1 never comes after revision 2, not even as a repeat");
        assertEquals(List.of(other.eventId.toString()), eventIds(otherId));
        assertNull(parkedEntry(failing.eventId.toString()), "a failure of the channel parks nothing");
    }

    /** Sets or (empty) removes the topic-level max.message.bytes of articles.rendered, and waits until it holds. */
    private static void setTopicLimit(Admin admin, Optional<String> limit)
            throws InterruptedException, ExecutionException {
        ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, EventContract.ARTICLES_RENDERED);
        ConfigEntry entry = new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, limit.orElse(null));
        admin.incrementalAlterConfigs(Map.of(topic, List.of(new AlterConfigOp(entry,
                limit.isPresent() ? AlterConfigOp.OpType.SET : AlterConfigOp.OpType.DELETE)))).all().get();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            ConfigEntry current = admin.describeConfigs(List.of(topic)).all().get().get(topic)
                    .get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG);
            return limit.isPresent() == (current.source() == ConfigEntry.ConfigSource.DYNAMIC_TOPIC_CONFIG)
                    && limit.map(current.value()::equals).orElse(true);
        });
    }

    private UUID queue(String articleId, String content) {
        OutboxEvent event = event(articleId, 1, content);
        QuarkusTransaction.requiringNew().run(() -> outbox.persist(event));
        return event.eventId;
    }

    /** An outbox event announcing {@code revision} of the article, published with this WeChat content. */
    private static OutboxEvent event(String articleId, int revision, String content) {
        String url = "https://news.example.test/web/articles/" + articleId;
        OutboxEvent event = new OutboxEvent();
        event.eventId = UUID.randomUUID();
        event.articleId = articleId;
        event.createdAt = Instant.now();
        event.payload = new ArticleRendered(articleId, revision, ArticleRendered.Status.PUBLISHED, null, url,
                new ArticleRendered.WechatArticle("标题", "姚雯", "摘要", content, url, null, 0, 0, null, 2, 1, true,
                        List.of()), List.of(), event.createdAt);
        return event;
    }

    /** The distinct ce_ids on articles.rendered keyed {@code articleId}, in topic order: what consumers apply. */
    private List<String> eventIds(String articleId) {
        return TestKafka.withKey(rendered(), articleId).stream()
                .map(record -> KafkaCompanion.getHeader(record.headers(), EventContract.CE_ID))
                .distinct()
                .toList();
    }

    /** The relay's channel, but the first send of one event fails as when the channel lost its replicas. */
    private static final class FailingOnce extends RenderedChannel {

        private final RenderedChannel channel;
        private final UUID failing;
        private final AtomicBoolean failed = new AtomicBoolean();

        FailingOnce(RenderedChannel channel, UUID failing) {
            super(null);
            this.channel = channel;
            this.failing = failing;
        }

        @Override
        CompletableFuture<Void> send(OutboxEvent event) {
            if (event.eventId.equals(failing) && failed.compareAndSet(false, true)) {
                return CompletableFuture.failedFuture(new NotEnoughReplicasException("test: replicas lost"));
            }
            return channel.send(event);
        }
    }

    /** Waits until the endpoint lists a parked event of {@code articleIdOrEventId} and returns it. */
    private static Map<String, Object> awaitParked(Object articleIdOrEventId) {
        await().atMost(Duration.ofSeconds(60)).until(() -> parkedEntry(articleIdOrEventId.toString()) != null);
        return parkedEntry(articleIdOrEventId.toString());
    }

    /** The endpoint's entry whose eventId or articleId is {@code key}, or null. */
    private static Map<String, Object> parkedEntry(String key) {
        List<Map<String, Object>> parked = asOperator().when().get("/admin/outbox/parked?limit=1000")
                .then().statusCode(200).contentType("application/json")
                .extract().jsonPath().getList("");
        return parked.stream()
                .filter(entry -> key.equals(entry.get("eventId")) || key.equals(entry.get("articleId")))
                .findFirst()
                .orElse(null);
    }
}
