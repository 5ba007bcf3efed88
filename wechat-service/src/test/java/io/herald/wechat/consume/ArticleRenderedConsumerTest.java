package io.herald.wechat.consume;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serdes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.herald.events.ArticleRendered;
import io.herald.events.ArticleRendered.Origin;
import io.herald.events.CloudEvent;
import io.herald.events.EventContract;
import io.herald.events.EventJson;
import io.herald.wechat.RenderedTopic;
import io.herald.wechat.WechatServiceTest;
import io.herald.wechat.WireMockWechat;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

@QuarkusTest
@RealBrokerAndDatabase
@WithTestResource(WireMockWechat.class)
class ArticleRenderedConsumerTest extends WechatServiceTest {

    /** The test profile's account that takes only section 要闻 of 中国高新技术产业导报. */
    private static final String FRONTPAGE = "frontpage";
    private static final String HERALD = "中国高新技术产业导报";

    @BeforeEach
    void stubFrontpageToken() {
        wechat.stubFor(post(urlPathEqualTo("/cgi-bin/stable_token")).atPriority(TEST_STUB)
                .withRequestBody(matchingJsonPath("$.appid", equalTo("wx-test-frontpage")))
                .willReturn(okJson("{\"access_token\":\"TOKEN-" + FRONTPAGE + "\",\"expires_in\":7200}")));
    }

    @Test
    void accountOfSomeSectionsGetsOnlyTheirArticlesAndLosesOneThatMovesToAnotherSection() {
        String front = newArticleId("front");
        String world = newArticleId("world");
        topic.announce(from(RenderedTopic.published(front, 1, "<p>第一版</p>", picture(front + ".png")), "要闻"));
        topic.announce(from(RenderedTopic.published(world, 1, "<p>国际新闻</p>", picture(world + ".png")), "国际"));

        awaitState(front, FRONTPAGE, "drafted");
        awaitState(front, NEWSROOM, "drafted");
        JsonPath worldState = awaitState(world, NEWSROOM, "drafted");
        assertEquals(List.of(DAILY, NEWSROOM), worldState.getList("accounts.account"),
                "the accounts without a filter take it, frontpage does not");
        wechat.verify(0, postRequestedFor(urlPathEqualTo("/cgi-bin/draft/add")).withRequestBody(containing(world))
                .withQueryParam("access_token", equalTo("TOKEN-" + FRONTPAGE)));

        topic.announce(from(RenderedTopic.published(front, 2, "<p>第二版</p>", picture(front + ".png")), "国际"));

        JsonPath moved = awaitState(front, FRONTPAGE, "deleted");
        assertEquals("section 国际 is not one of account frontpage's sections [要闻]", account(moved, FRONTPAGE,
                "withdrawnBecause"));
        assertEquals("unpublished", account(moved, FRONTPAGE, "status"));
        assertEquals("2", account(moved, FRONTPAGE, "revision"));
        assertNull(account(moved, FRONTPAGE, "mediaId"));
        wechat.verify(1, postRequestedFor(urlPathEqualTo("/cgi-bin/draft/delete"))
                .withRequestBody(containing("MEDIA|TOKEN-frontpage|https://news.example.test/web/articles/" + front)));
        JsonPath newsroom = await().atMost(Duration.ofSeconds(30)).until(() -> state(front),
                json -> "2".equals(account(json, NEWSROOM, "revision")) && "drafted".equals(account(json, NEWSROOM,
                        "state")));
        assertNull(account(newsroom, NEWSROOM, "withdrawnBecause"), "the newsroom account takes every section");

        topic.announce(from(RenderedTopic.published(front, 3, "<p>第三版</p>", picture(front + ".png")), "要闻"));

        JsonPath back = awaitState(front, FRONTPAGE, "drafted");
        assertEquals("3", account(back, FRONTPAGE, "revision"));
        assertNull(account(back, FRONTPAGE, "withdrawnBecause"));
        wechat.verify(2, postRequestedFor(urlPathEqualTo("/cgi-bin/draft/add")).withRequestBody(containing(front))
                .withQueryParam("access_token", equalTo("TOKEN-" + FRONTPAGE)));
    }

    @Test
    void articleThatDoesNotSayWhereItComesFromIsNotTakenByAFilteredAccount() {
        String id = newArticleId("no-origin");
        topic.announce(RenderedTopic.published(id, 1, "<p>正文</p>", picture(id + ".png")));

        JsonPath state = awaitState(id, NEWSROOM, "drafted");

        assertEquals(List.of(DAILY, NEWSROOM), state.getList("accounts.account"));
    }

    @Test
    void malformedRecordIsParkedOnTheDeadLetterTopicAndTheChannelKeepsFlowing() {
        String id = newArticleId("malformed");
        byte[] malformed = ("{\"articleId\":\"" + id + "\",\"revision\":\"not a number\"").getBytes(UTF_8);
        try (KafkaCompanion kafka = new KafkaCompanion(bootstrapServers);
                ConsumerTask<String, byte[]> deadLetters = deadLetters(kafka)) {
            produce(kafka, id, malformed, EventContract.TYPE_ARTICLE_RENDERED);
            topic.announce(RenderedTopic.published(id, 1, "<p>正文</p>", picture(id + ".png")));

            awaitState(id, NEWSROOM, "drafted");
            ConsumerRecord<String, byte[]> dead = awaitDeadLetter(deadLetters, id);

            assertArrayEquals(malformed, dead.value(), "the original bytes");
            String reason = KafkaCompanion.getHeader(dead.headers(), "dead-letter-reason");
            assertTrue(reason.contains("not a valid ArticleRendered"), reason);
            assertEquals(EventContract.ARTICLES_RENDERED, KafkaCompanion.getHeader(dead.headers(),
                    "dead-letter-topic"));
        }
    }

    @Test
    void recordOfAnotherEventTypeIsParkedAndNotRecorded() {
        String id = newArticleId("other-type");
        byte[] value = EventJson.write(RenderedTopic.published(id, 1, "<p>正文</p>", null));
        try (KafkaCompanion kafka = new KafkaCompanion(bootstrapServers);
                ConsumerTask<String, byte[]> deadLetters = deadLetters(kafka)) {
            produce(kafka, id, value, EventContract.TYPE_ARTICLE_SUBMITTED);

            ConsumerRecord<String, byte[]> dead = awaitDeadLetter(deadLetters, id);

            assertArrayEquals(value, dead.value());
            String reason = KafkaCompanion.getHeader(dead.headers(), "dead-letter-reason");
            assertEquals("ce_type " + EventContract.TYPE_ARTICLE_SUBMITTED + " is not "
                    + EventContract.TYPE_ARTICLE_RENDERED, reason);
            given().get("/wechat/articles/{id}", id).then().statusCode(404);
        }
    }

    /** The event as render announces it for an article of 中国高新技术产业导报 from superdesk in {@code section}. */
    private static ArticleRendered from(ArticleRendered event, String section) {
        return new ArticleRendered(event.articleId(), event.revision(), event.status(), event.embargoUntil(),
                event.webUrl(), event.wechat(), event.reasons(), event.renderedAt(),
                new Origin(HERALD, "superdesk", section));
    }

    private static String account(JsonPath state, String account, String field) {
        return state.getString("accounts.find { it.account == '" + account + "' }." + field);
    }

    private static ConsumerTask<String, byte[]> deadLetters(KafkaCompanion kafka) {
        return kafka.consume(Serdes.String(), Serdes.ByteArray()).withOffsetReset(OffsetResetStrategy.EARLIEST)
                .fromTopics(EventContract.ARTICLES_RENDERED_WECHAT_DLQ);
    }

    private static void produce(KafkaCompanion kafka, String key, byte[] value, String type) {
        CloudEvent cloudEvent = new CloudEvent(UUID.randomUUID().toString(), type, "/render", key, Instant.now());
        kafka.produce(Serdes.String(), Serdes.ByteArray()).fromRecords(new ProducerRecord<>(
                EventContract.ARTICLES_RENDERED, null, key, value, new RecordHeaders(cloudEvent.toHeaders())))
                .awaitCompletion();
    }

    private static ConsumerRecord<String, byte[]> awaitDeadLetter(ConsumerTask<String, byte[]> deadLetters,
            String key) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> deadLetters.getRecords().stream()
                .filter(record -> key.equals(record.key())).findFirst(), found -> found.isPresent()).orElseThrow();
    }
}
