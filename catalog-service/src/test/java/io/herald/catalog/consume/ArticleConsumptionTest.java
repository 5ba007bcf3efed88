package io.herald.catalog.consume;

import static io.herald.catalog.testing.SampleArticles.FORUM_HEADLINE;
import static io.herald.catalog.testing.SampleArticles.forumReport;
import static io.herald.catalog.testing.SampleArticles.newArticleId;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Callable;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.herald.catalog.metrics.CatalogMetrics;
import io.herald.catalog.store.ArticleRepository;
import io.herald.catalog.store.ArticleRevision;
import io.herald.catalog.store.ArticleRevisionRepository;
import io.herald.catalog.store.ProcessedEventRepository;
import io.herald.catalog.testing.ArticlesTopic;
import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.herald.events.ArticleSubmitted;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@RealBrokerAndDatabase
class ArticleConsumptionTest {

    private static final Duration APPLIED_WITHIN = Duration.ofSeconds(30);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @Inject
    ArticleRepository articles;
    @Inject
    ArticleRevisionRepository revisions;
    @Inject
    ProcessedEventRepository processedEvents;
    @Inject
    MeterRegistry metrics;

    private ArticlesTopic topic;

    @BeforeEach
    void connect() {
        topic = new ArticlesTopic(bootstrapServers);
    }

    @AfterEach
    void disconnect() {
        topic.close();
    }

    @Test
    void submittedArticleIsServedById() {
        String id = newArticleId();
        String eventId = topic.submit(forumReport(id));

        awaitArticle(id);
        given().when().get("/articles/{id}", id)
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("articleId", equalTo(id))
                .body("revision", equalTo(1))
                .body("pubStatus", equalTo("usable"))
                .body("headline", equalTo(FORUM_HEADLINE))
                .body("dateline", equalTo("本报讯"))
                .body("byline[0].name", equalTo("张伟"))
                .body("byline[0].role", equalTo("reporter"))
                .body("publication.name", equalTo("中国高新技术产业导报"))
                .body("publication.issueDate", equalTo("2026-04-06"))
                .body("page", equalTo("01版"))
                .body("body[0].type", equalTo("paragraph"))
                .body("related[0].page", equalTo("02版"))
                .body("eventId", equalTo(eventId))
                .body("updatedAt", notNullValue());
        given().urlEncodingEnabled(false)
                .when().get("/articles/" + URLEncoder.encode(id, StandardCharsets.UTF_8))
                .then().statusCode(200).body("articleId", equalTo(id));
    }

    @Test
    void sameEventDeliveredTwiceChangesNothing() {
        String id = newArticleId();
        String eventId = UUID.randomUUID().toString();
        ArticleSubmitted event = forumReport(id);
        int partition = topic.submit(eventId, event, null);
        awaitArticle(id);
        Instant updatedAt = inTransaction(() -> articles.findById(id).updatedAt);
        double duplicatesBefore = duplicates();

        topic.submit(eventId, event, partition);
        String markerId = newArticleId();
        topic.submit(UUID.randomUUID().toString(), forumReport(markerId), partition);
        awaitArticle(markerId);

        assertEquals(1, inTransaction(() -> articles.count("articleId", id)));
        assertEquals(1, inTransaction(() -> revisions.count("articleId", id)));
        assertEquals(1, inTransaction(() -> processedEvents.count("articleId", id)));
        assertEquals(updatedAt, inTransaction(() -> articles.findById(id).updatedAt));
        assertEquals(duplicatesBefore + 1, duplicates());
        given().when().get("/articles/{id}/revisions", id)
                .then().statusCode(200)
                .body("revisions.size()", equalTo(1))
                .body("revisions[0].eventId", equalTo(eventId));
    }

    @Test
    void olderRevisionArrivingLateIsKeptButDoesNotBecomeCurrent() {
        String id = newArticleId();
        String secondEventId = topic.submit(forumReport(id, 2, "修订:" + FORUM_HEADLINE));
        String firstEventId = topic.submit(forumReport(id, 1, FORUM_HEADLINE));

        await().atMost(APPLIED_WITHIN).until(() -> inTransaction(() -> revisions.count("articleId", id)) == 2);
        given().when().get("/articles/{id}", id)
                .then().statusCode(200)
                .body("revision", equalTo(2))
                .body("headline", equalTo("修订:" + FORUM_HEADLINE));
        assertEquals(FORUM_HEADLINE,
                inTransaction(() -> revisions.findById(new ArticleRevision.Key(id, 1)).document.headline()));
        given().when().get("/articles/{id}/revisions", id)
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("articleId", equalTo(id))
                .body("revisions.revision", contains(1, 2))
                .body("revisions.eventId", contains(firstEventId, secondEventId))
                .body("revisions.pubStatus", contains("usable", "usable"))
                .body("revisions[0].versionCreated", equalTo("2026-04-05T10:00:01Z"))
                .body("revisions[1].versionCreated", equalTo("2026-04-05T10:00:02Z"))
                .body("revisions.recordedAt", everyItem(notNullValue()));
    }

    private static void awaitArticle(String id) {
        await().atMost(APPLIED_WITHIN).until(() -> given().get("/articles/{id}", id).statusCode() == 200);
    }

    private double duplicates() {
        Counter counter = metrics.find(CatalogMetrics.APPLIED).tag("outcome", "duplicate").counter();
        return counter == null ? 0 : counter.count();
    }

    private static <T> T inTransaction(Callable<T> work) {
        return QuarkusTransaction.requiringNew().call(work);
    }
}
