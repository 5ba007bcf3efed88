package io.herald.catalog.api;

import static io.herald.catalog.testing.SampleArticles.FORUM_HEADLINE;
import static io.herald.catalog.testing.SampleArticles.forumReport;
import static io.herald.catalog.testing.SampleArticles.newArticleId;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.herald.catalog.testing.ArticlesTopic;
import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.herald.events.ArticleSubmitted;
import io.herald.events.PubStatus;
import io.quarkus.test.junit.QuarkusTest;

/** Kills, withheld revisions and embargoes, as readers of {@code GET /articles/{id}} meet them. */
@QuarkusTest
@RealBrokerAndDatabase
class ArticleLifecycleTest {

    private static final Duration APPLIED_WITHIN = Duration.ofSeconds(30);
    private static final String PROBLEM_JSON = "application/problem+json";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void killedArticleIsGoneButEveryRevisionIsStillListed() {
        String id = newArticleId();
        submit(forumReport(id));
        await().atMost(APPLIED_WITHIN).until(() -> given().get("/articles/{id}", id).statusCode() == 200);

        submit(forumReport(id, 2, FORUM_HEADLINE, PubStatus.CANCELED, null));

        await().atMost(APPLIED_WITHIN).until(() -> given().get("/articles/{id}", id).statusCode() == 410);
        given().when().get("/articles/{id}", id)
                .then().statusCode(410).contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:herald:problem:gone"))
                .body("status", equalTo(410))
                .body("detail", allOf(containsString(id), containsString("revision 2")));
        given().when().get("/articles/{id}/revisions", id)
                .then().statusCode(200)
                .body("revisions.revision", contains(1, 2))
                .body("revisions.pubStatus", contains("usable", "canceled"));
    }

    @Test
    void withheldArticleIsNotFoundUntilALaterRevisionMakesItUsable() {
        String id = newArticleId();
        submit(forumReport(id, 1, FORUM_HEADLINE, PubStatus.WITHHELD, null));
        awaitRecorded(id);

        given().when().get("/articles/{id}", id)
                .then().statusCode(404).contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:herald:problem:not-found"))
                .body("detail", allOf(containsString(id), containsString("withheld")));

        submit(forumReport(id, 2, "修订:" + FORUM_HEADLINE));
        await().atMost(APPLIED_WITHIN).until(() -> given().get("/articles/{id}", id).statusCode() == 200);
        given().when().get("/articles/{id}", id)
                .then().statusCode(200)
                .body("revision", equalTo(2))
                .body("headline", equalTo("修订:" + FORUM_HEADLINE));
    }

    @Test
    void articleWhoseEmbargoHasPassedIsServed() {
        String id = newArticleId();
        submit(forumReport(id, 1, FORUM_HEADLINE, PubStatus.USABLE, Instant.parse("2026-01-01T00:00:00Z")));

        await().atMost(APPLIED_WITHIN).until(() -> given().get("/articles/{id}", id).statusCode() == 200);
        given().when().get("/articles/{id}", id)
                .then().statusCode(200)
                .body("embargoUntil", equalTo("2026-01-01T00:00:00Z"));
    }

    @Test
    void articleUnderEmbargoIsNotFound() {
        String id = newArticleId();
        submit(forumReport(id, 1, FORUM_HEADLINE, PubStatus.USABLE, Instant.parse("2100-01-01T00:00:00Z")));
        awaitRecorded(id);

        given().when().get("/articles/{id}", id)
                .then().statusCode(404).contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:herald:problem:not-found"))
                .body("detail", allOf(containsString(id), containsString("embargo")));
    }

    @Test
    void articleIsServedOnceItsEmbargoPassesWithoutAnotherEvent() {
        String id = newArticleId();
        Instant embargoUntil = Instant.now().plusSeconds(5).truncatedTo(ChronoUnit.MILLIS);
        submit(forumReport(id, 1, FORUM_HEADLINE, PubStatus.USABLE, embargoUntil));
        awaitRecorded(id);

        await().atMost(APPLIED_WITHIN).pollInterval(Duration.ofMillis(200)).until(() -> {
            int status = given().get("/articles/{id}", id).statusCode();
            Instant answeredBy = Instant.now();
            if (status == 200) {
                assertFalse(answeredBy.isBefore(embargoUntil), "served before its embargo ended");
                return true;
            }
            assertEquals(404, status);
            return false;
        });
    }

    @Test
    void unknownArticleHasNoRevisions() {
        given().when().get("/articles/{id}/revisions", "demo:no-such-article")
                .then().statusCode(404).contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:herald:problem:not-found"))
                .body("detail", containsString("demo:no-such-article"));
    }

    private void submit(ArticleSubmitted event) {
        try (ArticlesTopic topic = new ArticlesTopic(bootstrapServers)) {
            topic.submit(event);
        }
    }

    /** Waits until the catalog recorded a revision of {@code id}, visible or not. */
    private static void awaitRecorded(String id) {
        await().atMost(APPLIED_WITHIN)
                .until(() -> given().get("/articles/{id}/revisions", id).statusCode() == 200);
    }
}
