package io.herald.render.embargo;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.herald.events.ArticleRendered;
import io.herald.events.ArticleSubmitted;
import io.herald.events.EventContract;
import io.herald.events.EventJson;
import io.herald.events.testing.ReferencePage;
import io.herald.render.RenderServiceTest;
import io.herald.render.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/** An embargoed article on articles.rendered and the WeChat endpoint, before and after its embargo passes. */
@QuarkusTest
@RealBrokerAndDatabase
class EmbargoReleaseTest extends RenderServiceTest {

    @Test
    void embargoedArticleIsAnnouncedEmbargoedThenPublishedByItselfOnceTheEmbargoPassed() {
        Instant embargo = Instant.now().plusSeconds(15).truncatedTo(ChronoUnit.MILLIS);
        ArticleSubmitted article = embargoed(embargo);
        kafka.submit(article);
        String id = article.articleId();

        ConsumerRecord<String, byte[]> first = awaitRecords(id, 1).get(0);
        ArticleRendered embargoed = EventJson.read(first.value(), ArticleRendered.class);
        assertEquals(ArticleRendered.Status.EMBARGOED, embargoed.status());
        assertEquals(embargo, embargoed.embargoUntil());
        assertNull(embargoed.wechat(), "nothing for a channel to publish before the embargo");
        assertEquals(List.of("embargoed until " + embargo), embargoed.reasons());
        given().when().get("/wechat/articles/{id}", id)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:herald:problem:article-not-found"))
                .body("detail", containsString(id));
        given().when().get("/web/articles/{id}", id).then().statusCode(404);

        // no new input: render announces the article again by itself once the embargo passed
        List<ConsumerRecord<String, byte[]>> records = awaitRecords(id, 2);
        ArticleRendered published = EventJson.read(records.get(1).value(), ArticleRendered.class);
        assertEquals(ArticleRendered.Status.PUBLISHED, published.status());
        assertEquals(1, published.revision());
        assertEquals(embargo, published.embargoUntil());
        assertTrue(published.wechat().publishable());
        assertEquals(article.headline(), published.wechat().title());
        assertNotEquals(header(records.get(0), EventContract.CE_ID), header(records.get(1), EventContract.CE_ID));
        assertTrue(records.get(1).timestamp() >= embargo.toEpochMilli(), "announced published only after the embargo");
        given().when().get("/wechat/articles/{id}", id)
                .then().statusCode(200)
                .body("status", equalTo("published"))
                .body("publishable", equalTo(true))
                .body("title", equalTo(article.headline()));
        given().when().get("/web/articles/{id}", id).then().statusCode(200);
    }

    @Test
    void articleWhoseEmbargoPassedBeforeItWasRenderedIsAnnouncedPublished() {
        ArticleSubmitted article = embargoed(Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.MILLIS));
        kafka.submit(article);

        ArticleRendered event = EventJson.read(awaitRecords(article.articleId(), 1).get(0).value(),
                ArticleRendered.class);

        assertEquals(ArticleRendered.Status.PUBLISHED, event.status());
        assertEquals(article.embargoUntil(), event.embargoUntil());
        given().when().get("/wechat/articles/{id}", article.articleId()).then().statusCode(200);
    }

    /** The reference page's forum report (within WeChat's limits) under embargo until {@code until}. */
    private static ArticleSubmitted embargoed(Instant until) {
        String tag = "embargo-" + UUID.randomUUID().toString().substring(0, 8);
        return ReferencePage.item(ReferencePage.FORUM, tag, ReferencePage.FORUM,
                json -> json.put("embargoUntil", until.toString()));
    }

    private List<ConsumerRecord<String, byte[]>> awaitRecords(String key, int count) {
        await().atMost(Duration.ofSeconds(60)).until(() -> TestKafka.withKey(rendered(), key).size() >= count);
        return TestKafka.withKey(rendered(), key);
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return KafkaCompanion.getHeader(record.headers(), name);
    }
}
