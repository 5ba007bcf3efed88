package io.herald.ingest.metrics;

import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.herald.ingest.ArticleFixtures;
import io.herald.ingest.Credentials;
import io.herald.service.metrics.testing.ScrapedMetrics;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** What ingest accepted and refused, as Prometheus reads it from {@code /q/metrics}. */
@QuarkusTest
@RealBrokerAndDatabase
class IngestMetricsTest {

    @Test
    void acceptedArticlesAreCountedByIntakeAndRefusalsByStatus() {
        String batch = "metrics-" + UUID.randomUUID();
        ObjectNode noHeadline = ArticleFixtures.seedArticle(batch + "-invalid");
        noHeadline.remove("headline");
        ScrapedMetrics before = ScrapedMetrics.scrape();

        Credentials.asDemo().contentType(ContentType.JSON).body(ArticleFixtures.seedArticle(batch + "-json").toString())
                .when().post("/articles").then().statusCode(202);
        Credentials.asDemo().contentType(ContentType.JSON).body(noHeadline.toString())
                .when().post("/articles").then().statusCode(400);
        given().contentType(ContentType.JSON).body(ArticleFixtures.seedArticle(batch + "-anonymous").toString())
                .when().post("/articles").then().statusCode(401);
        String lines = String.join("\n", ArticleFixtures.seedArticle(batch + "-1").toString(), noHeadline.toString(),
                ArticleFixtures.seedArticle(batch + "-2").toString()) + "\n";
        Credentials.asDemo().contentType("application/x-ndjson").body(lines.getBytes(UTF_8))
                .when().post("/articles/bulk").then().statusCode(200);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            ScrapedMetrics after = ScrapedMetrics.scrape();
            assertEquals(1, after.increaseSince(before, "herald_ingest_accepted_total", "format", "json"));
            assertEquals(2, after.increaseSince(before, "herald_ingest_accepted_total", "format", "bulk"));
            assertEquals(0, after.increaseSince(before, "herald_ingest_accepted_total", "format", "ninjs"));
            assertEquals(1,
                    after.increaseSince(before, "herald_ingest_acknowledgement_seconds_count", "format", "json"));
            assertEquals(1, after.increaseSince(before, "herald_ingest_acknowledgement_seconds_count", "format", "bulk"),
                    "one acknowledgement per request");
            assertEquals(2, after.increaseSince(before, "herald_ingest_refused_total", "status", "400"),
                    "the invalid request and the invalid bulk line");
            assertEquals(1, after.increaseSince(before, "herald_ingest_refused_total", "status", "401"));
        });
    }
}
