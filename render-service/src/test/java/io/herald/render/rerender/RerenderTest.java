package io.herald.render.rerender;

import static io.herald.service.operator.testing.TestOperator.asOperator;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.herald.events.ArticleRendered;
import io.herald.events.EventJson;
import io.herald.render.RenderServiceTest;
import io.herald.render.SampleArticles;
import io.herald.render.TestKafka;
import io.herald.render.store.Rendition;
import io.herald.render.store.RenditionRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * {@code POST /admin/rerender} after a template change, simulated by making stored renditions stale (their web page
 * and WeChat content): a dry run only counts them; a re-render replaces them and announces them again, leaves
 * renditions that come out the same alone and skips those without a source revision. (That a changed draft is a new
 * event, a repeated one the same, is {@code ArticleRenderedEventTest}'s.)
 */
@QuarkusTest
@RealBrokerAndDatabase
class RerenderTest extends RenderServiceTest {

    private static final String STALE_PAGE = "<html><body>rendered with last year's template</body></html>";

    @Inject
    RenditionRepository renditions;

    @Inject
    EntityManager entityManager;

    @Test
    void reRenderReplacesStaleRenditionsAndAnnouncesThemAgain() {
        String stale = SampleArticles.newArticleId("stale");
        String current = SampleArticles.newArticleId("current");
        String sourceless = SampleArticles.newArticleId("sourceless");
        kafka.submit(SampleArticles.firstArticle(stale, 1));
        kafka.submit(SampleArticles.firstArticle(current, 1));
        kafka.submit(SampleArticles.firstArticle(sourceless, 1));
        await().atMost(Duration.ofSeconds(30)).until(() -> announced(stale).size() == 1
                && announced(current).size() == 1 && announced(sourceless).size() == 1);
        inTransaction(() -> entityManager.createNativeQuery("update rendition set web_html = :stale,"
                + " wechat = jsonb_set(wechat, '{content}', to_jsonb(cast(:stale as text))) where article_id = :id")
                .setParameter("stale", STALE_PAGE).setParameter("id", stale).executeUpdate());
        inTransaction(() -> entityManager.createNativeQuery(
                "update rendition set web_html = :stale, document = null where article_id = :id")
                .setParameter("stale", STALE_PAGE).setParameter("id", sourceless).executeUpdate());
        Instant currentRenderedAt = inTransaction(() -> renditions.findById(current).renderedAt);

        JsonPath dryRun = run("true");
        assertTrue(dryRun.getLong("changed") >= 1, dryRun.prettify());
        assertTrue(dryRun.getLong("withoutSource") >= 1, dryRun.prettify());
        assertEquals(STALE_PAGE, inTransaction(() -> renditions.findById(stale).webHtml), "a dry run stores nothing");

        JsonPath done = run("false");
        assertEquals(false, done.getBoolean("dryRun"));
        assertTrue(done.getLong("renditions") >= 3 && done.getLong("changed") >= 1, done.prettify());
        given().when().get("/web/articles/{id}", stale)
                .then().statusCode(200).body(containsString(SampleArticles.HEADLINE));
        given().when().get("/wechat/articles/{id}", stale)
                .then().statusCode(200).body("content", containsString(SampleArticles.PARAGRAPHS.get(0)));
        await().atMost(Duration.ofSeconds(30)).until(() -> announced(stale).size() == 2);
        List<ConsumerRecord<String, byte[]>> announcements = announced(stale);
        // re-rendered as first rendered (the templates did not really change): the same event, which consumers drop
        assertEquals(KafkaCompanion.getHeader(announcements.get(0).headers(), "ce_id"),
                KafkaCompanion.getHeader(announcements.get(1).headers(), "ce_id"));
        assertEquals(EventJson.read(announcements.get(0).value(), ArticleRendered.class).wechat(),
                EventJson.read(announcements.get(1).value(), ArticleRendered.class).wechat());

        assertEquals(currentRenderedAt, inTransaction(() -> renditions.findById(current).renderedAt),
                "a rendition that comes out the same is left alone");
        Rendition skipped = inTransaction(() -> renditions.findById(sourceless));
        assertNull(skipped.document);
        assertEquals(STALE_PAGE, skipped.webHtml, "without its source revision a rendition waits for the next one");
        assertEquals(1, announced(current).size());
    }

    @Test
    void dryRunMustBeTrueOrFalse() {
        asOperator().queryParam("dryRun", "maybe").when().post("/admin/rerender")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("dryRun"));
    }

    /** Starts a re-render, waits for it to end; its final status, which must be a success. */
    private static JsonPath run(String dryRun) {
        asOperator().queryParam("dryRun", dryRun).when().post("/admin/rerender")
                .then().statusCode(202).body("state", equalTo("running"));
        await().atMost(Duration.ofSeconds(60)).until(() -> !"running".equals(status().getString("state")));
        JsonPath status = status();
        assertEquals("succeeded", status.getString("state"), status.prettify());
        return status;
    }

    private static JsonPath status() {
        return asOperator().when().get("/admin/rerender").then().statusCode(200).extract().jsonPath();
    }

    private List<ConsumerRecord<String, byte[]>> announced(String articleId) {
        return TestKafka.withKey(rendered(), articleId);
    }

    private static <T> T inTransaction(Callable<T> work) {
        return QuarkusTransaction.requiringNew().call(work);
    }
}
