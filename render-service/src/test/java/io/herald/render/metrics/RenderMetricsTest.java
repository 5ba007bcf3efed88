package io.herald.render.metrics;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.herald.events.PubStatus;
import io.herald.events.testing.SubmittedTopic;
import io.herald.render.RenderServiceTest;
import io.herald.render.SampleArticles;
import io.herald.render.TestKafka;
import io.herald.service.metrics.testing.ScrapedMetrics;
import io.quarkus.test.junit.QuarkusTest;

/** What render's consumer and outbox relay did, as Prometheus reads it from {@code /q/metrics}. */
@QuarkusTest
@RealBrokerAndDatabase
class RenderMetricsTest extends RenderServiceTest {

    private static final Duration WITHIN = Duration.ofSeconds(30);
    /** Kafka client metrics of newly assigned partitions are bound at the next refresh (every 2 s under %test). */
    private static final Duration LAG_BOUND_WITHIN = Duration.ofSeconds(30);

    @Test
    void renditionsRepeatsDeadLettersAndAnnouncementsAreEachCountedOnce() {
        String id = SampleArticles.newArticleId("metrics");
        String eventId = UUID.randomUUID().toString();
        ScrapedMetrics before = ScrapedMetrics.scrape();

        // One key, so one partition, in this order: rendered, the same event again, a dead letter, a kill.
        kafka.submit(eventId, SampleArticles.firstArticle(id, 1), null);
        kafka.submit(eventId, SampleArticles.firstArticle(id, 1), null);
        kafka.submitRaw(null, id, "not an event".getBytes(UTF_8), SubmittedTopic.headers(UUID.randomUUID().toString(), id));
        kafka.submit(SampleArticles.article(id, 2, PubStatus.CANCELED, SampleArticles.HEADLINE, List.of()));
        await().atMost(WITHIN).until(() -> TestKafka.withKey(rendered(), id).size() == 2);

        await().atMost(WITHIN).untilAsserted(() -> {
            ScrapedMetrics after = ScrapedMetrics.scrape();
            assertEquals(1, after.increaseSince(before, "herald_render_rendered_total", "status", "published"));
            assertEquals(1, after.increaseSince(before, "herald_render_rendered_total", "status", "unpublished"));
            assertEquals(0, after.increaseSince(before, "herald_render_rendered_total", "status", "embargoed"));
            assertEquals(3, after.increaseSince(before, "herald_event_age_seconds_count", "consumer", "render"),
                    "two renditions and the repeat");
            assertEquals(1, after.increaseSince(before, "herald_dead_lettered_total", "consumer", "render"));
            assertTrue(after.increaseSince(before, "herald_render_announced_total") >= 2, "both announcements");
        });
    }

    @Test
    void theConsumersLagIsPublishedPerPartition() {
        await().atMost(LAG_BOUND_WITHIN).until(() -> ScrapedMetrics.scrape().hasConsumerLag("articles.submitted"));
    }
}
