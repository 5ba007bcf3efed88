package io.herald.catalog.search;

import static io.herald.events.testing.ReferencePage.SYMPOSIUM;
import static io.herald.events.testing.ReferencePage.articleId;
import static io.herald.events.testing.ReferencePage.publication;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.herald.catalog.store.ArticleRepository;
import io.herald.catalog.store.SearchIndexBackfill;
import io.herald.catalog.testing.ArticlesTopic;
import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.herald.events.testing.ReferencePage;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The stored search vector: kept when other columns change, rebuilt for articles stored before search existed. */
@QuarkusTest
@RealBrokerAndDatabase
class SearchIndexTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @Inject
    EntityManager entityManager;
    @Inject
    ArticleRepository articles;
    @Inject
    SearchIndexBackfill backfill;

    @Test
    void vectorSurvivesAnUpdateOfOtherColumnsAndIsRebuiltWhenMissing() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String id = articleId(SYMPOSIUM, tag);
        try (ArticlesTopic topic = new ArticlesTopic(bootstrapServers)) {
            topic.submit(ReferencePage.item(SYMPOSIUM, tag));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> total(tag) == 1);

        // an update that does not touch the (lazy) vector leaves it as it was
        String vector = vector(id);
        QuarkusTransaction.requiringNew().run(() -> articles.findById(id).updatedAt = Instant.now());
        assertEquals(vector, vector(id));
        assertEquals(1, total(tag));

        // an article stored without a vector is found again once the backfill ran
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update article set search_vector = null where article_id = ?1")
                .setParameter(1, id).executeUpdate());
        assertEquals(0, total(tag));
        assertTrue(backfill.run() >= 1);
        assertEquals(vector, vector(id));
        given().queryParam("q", "座谈会").queryParam("publication", publication(tag)).when().get("/articles")
                .then().statusCode(200).body("hits[0].articleId", equalTo(id));
    }

    private String vector(String id) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                .createNativeQuery("select search_vector::text from article where article_id = ?1")
                .setParameter(1, id).getSingleResult());
    }

    private static int total(String tag) {
        return given().queryParam("q", "姚雯").queryParam("publication", publication(tag)).when().get("/articles")
                .then().statusCode(200).extract().jsonPath().getInt("total");
    }
}
