package io.herald.catalog.metrics;

import static io.herald.catalog.testing.SampleArticles.FORUM_HEADLINE;
import static io.herald.catalog.testing.SampleArticles.forumReport;
import static io.herald.catalog.testing.SampleArticles.newArticleId;
import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.herald.catalog.testing.ArticlesTopic;
import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.herald.events.ArticleSubmitted;
import io.herald.service.metrics.testing.ScrapedMetrics;
import io.quarkus.test.junit.QuarkusTest;

/** What the catalog's consumer did, as Prometheus reads it from {@code /q/metrics}. */
@QuarkusTest
@RealBrokerAndDatabase
class CatalogMetricsTest {

    private static final Duration WITHIN = Duration.ofSeconds(30);
    /** Kafka client metrics of newly assigned partitions are bound at the next refresh (every 2 s under %test). */
    private static final Duration LAG_BOUND_WITHIN = Duration.ofSeconds(30);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void eachOutcomeAndDeadLetterIsCountedOnceAndEveryEventsAgeIsRecorded() {
        String revised = newArticleId();
        String last = newArticleId();
        ArticleSubmitted secondRevision = forumReport(revised, 2, FORUM_HEADLINE);
        ScrapedMetrics before = ScrapedMetrics.scrape();

        try (ArticlesTopic topic = new ArticlesTopic(bootstrapServers)) {
            String eventId = UUID.randomUUID().toString();
            // One partition, in this order: current, history (older), duplicate (same event), a dead letter, current.
            int partition = topic.submit(eventId, secondRevision, null);
            topic.submit(UUID.randomUUID().toString(), forumReport(revised, 1, FORUM_HEADLINE), partition);
            topic.submit(eventId, secondRevision, partition);
            topic.submitRaw(partition, newArticleId(), "not an event".getBytes(UTF_8),
                    ArticlesTopic.headers(UUID.randomUUID().toString(), newArticleId()));
            topic.submit(UUID.randomUUID().toString(), forumReport(last), partition);
        }
        await().atMost(WITHIN).until(() -> given().get("/articles/{id}", last).statusCode() == 200);

        await().atMost(WITHIN).untilAsserted(() -> {
            ScrapedMetrics after = ScrapedMetrics.scrape();
            assertEquals(2, after.increaseSince(before, "herald_catalog_applied_total", "outcome", "current"));
            assertEquals(1, after.increaseSince(before, "herald_catalog_applied_total", "outcome", "history"));
            assertEquals(1, after.increaseSince(before, "herald_catalog_applied_total", "outcome", "duplicate"));
            assertEquals(1, after.increaseSince(before, "herald_dead_lettered_total", "consumer", "catalog"));
            assertEquals(4, after.increaseSince(before, "herald_event_age_seconds_count", "consumer", "catalog"));
        });
    }

    @Test
    void theConsumersLagIsPublishedPerPartition() {
        await().atMost(LAG_BOUND_WITHIN).until(() -> ScrapedMetrics.scrape().hasConsumerLag("articles.submitted"));
    }
}
