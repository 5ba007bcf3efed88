package io.herald.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import io.herald.devstack.HeraldService;
import io.herald.devstack.HeraldStack;
import io.herald.service.metrics.testing.ScrapedMetrics;

/**
 * Two articles of their own (the walk-through's sample under new source ids: one with a headline WeChat takes, one
 * with the sample's, longer than WeChat's 32 characters) and a request without credentials through the running
 * services, as Prometheus would see them: every stage's counter moves, each consumer's lag is published, and every
 * metric a panel of the Herald dashboard reads is one the services expose (and every Herald metric they expose has a
 * panel).
 */
@ExtendWith(RunningStack.class)
class DashboardMetricsIT {

    private static final String SAMPLE = "/reference-article-p01-symposium.json";
    private static final String SHORT_HEADLINE = "工业和信息化科技创新座谈会召开";
    private static final List<HeraldService> SERVICES = List.of(HeraldService.INGEST, HeraldService.CATALOG,
            HeraldService.RENDER, HeraldService.WECHAT);
    /** Up to the WeChat sandbox, and Micrometer's next refresh (every minute) binding newly assigned partitions' lag. */
    private static final Duration WITHIN = Duration.ofSeconds(180);
    /** The demo account the stack gives wechat-service. */
    private static final String ACCOUNT = "demo";

    private static HeraldStack stack;

    @BeforeAll
    static void connect(HeraldStack running) {
        stack = running;
    }

    @Test
    void twoArticlesMoveEveryStageAndEveryPanelReadsMetricsTheServicesExpose() {
        Map<HeraldService, ScrapedMetrics> before = scrapeAll();
        String run = "metrics-" + UUID.randomUUID();
        Newsroom newsroom = new Newsroom(stack);
        newsroom.postArticle(TestFiles.object(SAMPLE).put("sourceId", run + "-short").put("headline", SHORT_HEADLINE))
                .statusCode(202);
        newsroom.postArticle(TestFiles.object(SAMPLE).put("sourceId", run + "-long")).statusCode(202);
        int articles = 2;
        given().baseUri(stack.baseUrl(HeraldService.INGEST).toString()).contentType("application/json").body("{}")
                .when().post("/articles").then().statusCode(401);

        await().atMost(WITHIN).untilAsserted(() -> {
            Map<HeraldService, ScrapedMetrics> after = scrapeAll();
            assertEquals(articles, increase(after, before, HeraldService.INGEST, "herald_ingest_accepted_total",
                    "format", "json"));
            assertEquals(1, increase(after, before, HeraldService.INGEST, "herald_ingest_refused_total",
                    "status", "401"), "the request without credentials");
            assertTrue(increase(after, before, HeraldService.CATALOG, "herald_catalog_applied_total",
                    "outcome", "current") >= articles, "catalog");
            assertTrue(increase(after, before, HeraldService.RENDER, "herald_render_rendered_total") >= articles,
                    "rendered");
            assertTrue(increase(after, before, HeraldService.RENDER, "herald_render_announced_total") >= articles,
                    "announced");
            assertTrue(increase(after, before, HeraldService.WECHAT, "herald_wechat_published_total",
                    "account", ACCOUNT, "state", "published") >= 1, "the article with the short headline");
            assertTrue(increase(after, before, HeraldService.WECHAT, "herald_wechat_failed_total",
                    "account", ACCOUNT) >= 1, "the article whose headline WeChat would cut");
            assertTrue(after.get(HeraldService.CATALOG).hasConsumerLag("articles.submitted"), "catalog's lag");
            assertTrue(after.get(HeraldService.RENDER).hasConsumerLag("articles.submitted"), "render's lag");
            assertTrue(after.get(HeraldService.WECHAT).hasConsumerLag("articles.rendered"), "wechat's lag");
        });

        Set<String> exposed = new TreeSet<>(Set.of("up"));
        scrapeAll().values().forEach(metrics -> exposed.addAll(metrics.names()));
        JsonNode dashboard = MonitoringFiles.dashboard();
        Set<String> missing = new TreeSet<>(MonitoringFiles.metricNames(dashboard));
        missing.removeAll(exposed);
        assertEquals(Set.of(), missing, "metrics the dashboard reads that no service exposes");

        Set<String> shown = new TreeSet<>();
        MonitoringFiles.metricNames(dashboard).forEach(name -> shown.add(PromQl.family(name)));
        Set<String> unshown = new TreeSet<>();
        exposed.stream().filter(name -> name.startsWith("herald_")).map(PromQl::family)
                .filter(family -> !shown.contains(family)).forEach(unshown::add);
        assertEquals(Set.of(), unshown, "Herald metrics no panel shows");
    }

    private static Map<HeraldService, ScrapedMetrics> scrapeAll() {
        Map<HeraldService, ScrapedMetrics> scraped = new EnumMap<>(HeraldService.class);
        for (HeraldService service : SERVICES) {
            scraped.put(service, ScrapedMetrics.parse(given().baseUri(stack.baseUrl(service).toString())
                    .when().get("/q/metrics").then().statusCode(200).extract().asString()));
        }
        return scraped;
    }

    private static double increase(Map<HeraldService, ScrapedMetrics> after, Map<HeraldService, ScrapedMetrics> before,
            HeraldService service, String name, String... labels) {
        return after.get(service).increaseSince(before.get(service), name, labels);
    }
}
