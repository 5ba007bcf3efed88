package io.herald.wechat.metrics;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.herald.service.metrics.testing.ScrapedMetrics;
import io.herald.wechat.RenderedTopic;
import io.herald.wechat.WechatServiceTest;
import io.herald.wechat.WireMockWechat;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** What the WeChat channel did, per account, as Prometheus reads it from {@code /q/metrics}. */
@QuarkusTest
@RealBrokerAndDatabase
@WithTestResource(WireMockWechat.class)
class WechatMetricsTest extends WechatServiceTest {

    private static final Duration WITHIN = Duration.ofSeconds(30);
    /** Kafka client metrics of newly assigned partitions are bound at the next refresh (every 2 s under %test). */
    private static final Duration LAG_BOUND_WITHIN = Duration.ofSeconds(30);

    @Test
    void draftsPublicationsFailuresAndDeadLettersAreCountedPerAccountOnceStored() {
        String drafted = newArticleId("metrics-drafted");
        String refused = newArticleId("metrics-refused");
        wechat.stubFor(post(urlPathEqualTo("/cgi-bin/draft/add")).atPriority(TEST_STUB)
                .withQueryParam("access_token", equalTo("TOKEN-" + NEWSROOM)).withRequestBody(containing(refused))
                .willReturn(okJson("{\"errcode\":45002,\"errmsg\":\"content size out of limit\"}")));
        ScrapedMetrics before = ScrapedMetrics.scrape();

        topic.announce(RenderedTopic.published(drafted, 1, "<p>正文</p>", null));
        topic.announce(RenderedTopic.published(refused, 1, "<p>正文</p>", null));
        topic.announceRaw(newArticleId("metrics-poison"), "not an event".getBytes(UTF_8));
        awaitState(drafted, NEWSROOM, "drafted");
        awaitState(refused, NEWSROOM, "failed");
        awaitState(drafted, DAILY, "published");
        awaitState(refused, DAILY, "published");

        await().atMost(WITHIN).untilAsserted(() -> {
            ScrapedMetrics after = ScrapedMetrics.scrape();
            assertEquals(1, after.increaseSince(before, "herald_wechat_published_total", "account", NEWSROOM,
                    "state", "drafted"));
            assertEquals(0, after.increaseSince(before, "herald_wechat_published_total", "account", NEWSROOM,
                    "state", "published"));
            assertEquals(2, after.increaseSince(before, "herald_wechat_published_total", "account", DAILY,
                    "state", "published"));
            assertEquals(0, after.increaseSince(before, "herald_wechat_published_total", "account", DAILY,
                    "state", "drafted"), "a draft on its way to publication is not counted");
            assertEquals(1, after.increaseSince(before, "herald_wechat_failed_total", "account", NEWSROOM));
            assertEquals(0, after.increaseSince(before, "herald_wechat_failed_total", "account", DAILY));
            assertEquals(2, after.increaseSince(before, "herald_event_age_seconds_count", "consumer", "wechat"));
            assertEquals(1, after.increaseSince(before, "herald_dead_lettered_total", "consumer", "wechat"));
        });
    }

    @Test
    void everyConfiguredAccountHasItsSeriesFromTheStart() {
        ScrapedMetrics metrics = ScrapedMetrics.scrape();
        for (String account : new String[] { NEWSROOM, DAILY, "frontpage" }) {
            assertTrue(metrics.has("herald_wechat_published_total", "account", account, "state", "drafted"));
            assertTrue(metrics.has("herald_wechat_published_total", "account", account, "state", "published"));
            assertTrue(metrics.has("herald_wechat_failed_total", "account", account));
        }
    }

    @Test
    void theConsumersLagIsPublishedPerPartition() {
        await().atMost(LAG_BOUND_WITHIN).until(() -> ScrapedMetrics.scrape().hasConsumerLag("articles.rendered"));
    }
}
