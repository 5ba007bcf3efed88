package io.herald.ingest.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.herald.events.ArticleSubmitted;
import io.herald.ingest.ArticleFixtures;
import io.herald.ingest.Credentials;
import io.herald.ingest.SubmittedEvents;
import io.herald.ingest.formats.issue.PageTexts;
import io.herald.ingest.formats.ninjs.NinjsFixtures;
import io.herald.ingest.formats.superdesk.SuperdeskFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Each way in gives the article its own publication time, carried to Kafka as {@code published}: the print date of a
 * page, ninjs {@code firstcreated}, Superdesk {@code firstpublished} (else {@code versioncreated}), the native
 * {@code published} field; none when nothing is given.
 */
@QuarkusTest
@RealBrokerAndDatabase
class PublicationTimeTest {

    /** 2026-04-06, the reference page's print date, at 00:00 in newsroom time (+08:00). */
    private static final Instant PRINT_DAY = Instant.parse("2026-04-05T16:00:00Z");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void aPageImportIsPublishedOnItsPrintDate() {
        String paper = "导报" + UUID.randomUUID().toString().substring(0, 8);
        String page = PageTexts.read(PageTexts.REFERENCE).replace("中国高新技术产业导报", paper);

        List<String> articleIds = Credentials.asDemo().contentType("text/markdown")
                .body(page.getBytes(StandardCharsets.UTF_8))
                .when().post("/issues")
                .then().statusCode(202).extract().path("items.articleId");

        assertEquals(3, articleIds.size());
        for (String articleId : articleIds) {
            ArticleSubmitted article = event(articleId);
            assertEquals(PRINT_DAY, article.published(), articleId);
            assertEquals(PRINT_DAY, article.publicationTime(), articleId);
        }
    }

    @Test
    void aNativeArticleIsPublishedWhenItsPublishedFieldSays() {
        ObjectNode article = ArticleFixtures.seedArticle(UUID.randomUUID().toString());
        article.remove("publication");
        article.put("published", "2026-04-06T09:15:00+08:00");

        String articleId = Credentials.asDemo().contentType(ContentType.JSON).body(article.toString())
                .when().post("/articles")
                .then().statusCode(202).extract().path("articleId");

        assertEquals(Instant.parse("2026-04-06T01:15:00Z"), event(articleId).published());
    }

    @Test
    void aNativeArticleWithoutAnyTimeHasNoPublishedTimeOfItsOwn() {
        ObjectNode article = ArticleFixtures.seedArticle(UUID.randomUUID().toString());
        article.remove(List.of("publication", "firstCreated", "versionCreated"));

        String articleId = Credentials.asDemo().contentType(ContentType.JSON).body(article.toString())
                .when().post("/articles")
                .then().statusCode(202).extract().path("articleId");

        ArticleSubmitted event = event(articleId);
        assertNull(event.published());
        assertEquals(event.versionCreated(), event.publicationTime(), "readers are shown the time of ingest");
    }

    @Test
    void aNinjsItemIsPublishedWhenItsFirstVersionWasCreated() {
        ObjectNode item = NinjsFixtures.zgcForum().put("uri", "urn:test:" + UUID.randomUUID());

        String articleId = Credentials.asDemo().contentType(ContentType.JSON).body(item.toString())
                .when().post("/ninjs")
                .then().statusCode(202).extract().path("articleId");

        assertEquals(Instant.parse("2026-04-05T12:00:00Z"), event(articleId).published(), "firstcreated, +08:00");
    }

    @Test
    void aSuperdeskItemIsPublishedWhenItFirstWentOutNotWhenItsStoryWasStarted() {
        ObjectNode item = SuperdeskFixtures.item("urn:newsml:superdesk.example:" + UUID.randomUUID(), "unused.jpg");
        item.put("firstpublished", "2026-04-06T01:30:00+0000");

        assertEquals(Instant.parse("2026-04-06T01:30:00Z"), pushed(item).published());

        ObjectNode withoutFirstPublished = SuperdeskFixtures.item("urn:newsml:superdesk.example:" + UUID.randomUUID(),
                "unused.jpg");
        assertEquals(Instant.parse("2026-04-06T00:00:00Z"), pushed(withoutFirstPublished).published(),
                "versioncreated, never firstcreated (2026-04-05T12:00)");
    }

    private ArticleSubmitted pushed(ObjectNode item) {
        byte[] body = item.toString().getBytes(StandardCharsets.UTF_8);
        String articleId = given().header("x-superdesk-signature", Credentials.superdeskSignature(body))
                .contentType(ContentType.JSON).body(body)
                .when().post("/superdesk/items")
                .then().statusCode(202).extract().path("articleId");
        return event(articleId);
    }

    private ArticleSubmitted event(String articleId) {
        return SubmittedEvents.article(SubmittedEvents.recordsFor(bootstrapServers, articleId, 1).get(0));
    }
}
