package io.herald.console.screenshots;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.herald.console.ConsoleTest;
import io.herald.console.ServiceStubs;
import io.herald.console.TestKafka;
import io.herald.console.WireMockServices;
import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.herald.events.EventContract;
import io.herald.service.operator.testing.TestOperator;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * "Seeing it": with a lagging group, parked letters, an article's journey and the operations' state in place, a real
 * headless Chromium logs in at the console's form and saves screenshots of every page at a laptop and a phone width
 * under {@code target/screenshots/}. Tagged {@code screenshots}: the default build leaves it out;
 * {@code screenshots.sh} installs Chromium and chromedriver and runs it.
 */
@Tag("screenshots")
@QuarkusTest
@RealBrokerAndDatabase
@WithTestResource(WireMockServices.class)
class ScreenshotsTest extends ConsoleTest {

    private static final Path DIRECTORY = Path.of("target", "screenshots");
    /** A PNG of a rendered page is tens of kilobytes; a blank one is a few. */
    private static final long NON_TRIVIAL_BYTES = 15_000;
    private static final String ARTICLE = "demo:zgc-2026-04-06-01";

    @TestHTTPResource("/")
    URL base;

    @Test
    void everyPageAtALaptopAndAPhoneWidth() throws Exception {
        seed();
        Files.createDirectories(DIRECTORY);
        Map<String, String> pages = Map.of(
                "pipeline", "/",
                "dead-letters", "/dead-letters?consumer=render",
                "journey", "/articles/" + ARTICLE,
                "operations", "/operations");
        try (HeadlessChromium chromium = HeadlessChromium.start(Files.createDirectories(DIRECTORY.resolve("chromium"))
                .toAbsolutePath())) {
            shoot(chromium, "login", "/login");
            chromium.open(url("/login?next=/"));
            chromium.type("#key", TestOperator.KEY);
            chromium.click("form.login button");
            assertEquals("Pipeline · Herald console", chromium.title(), "logged in and back on the home page");
            for (Map.Entry<String, String> page : pages.entrySet()) {
                shoot(chromium, page.getKey(), page.getValue());
            }
        }
    }

    private void shoot(HeadlessChromium chromium, String name, String path) throws Exception {
        for (Map.Entry<String, int[]> size : Map.of("laptop", new int[] { 1280, 1100 }, "phone", new int[] { 390, 2000 })
                .entrySet()) {
            Path file = DIRECTORY.resolve(name + "-" + size.getKey() + ".png");
            chromium.screenshot(url(path), size.getValue()[0], size.getValue()[1], file);
            assertTrue(Files.size(file) > NON_TRIVIAL_BYTES, file + " has " + Files.size(file) + " bytes");
        }
    }

    private String url(String path) throws Exception {
        return new URL(base, path).toString();
    }

    /** A stalled group, letters of render and wechat, a two-revision article, a rebuild under way. */
    private void seed() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        kafka.createTopic("console-test.lagging", 2);
        for (int minutes : List.of(50, 40, 30, 20, 12)) {
            kafka.send("console-test.lagging", 0, now.minus(Duration.ofMinutes(minutes)), "article-" + minutes, "{}");
        }
        kafka.commit("console-test-lagging", new TopicPartition("console-test.lagging", 0), 2);

        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        Instant acknowledged = now.minus(Duration.ofMinutes(8));
        Instant revised = now.minus(Duration.ofMinutes(3));
        RecordMetadata one = submit(1, first, acknowledged);
        RecordMetadata two = submit(2, second, revised);
        kafka.send(new ProducerRecord<>(EventContract.ARTICLES_RENDERED, null, revised.plusSeconds(2).toEpochMilli(),
                ARTICLE.getBytes(UTF_8), ("{\"articleId\":\"" + ARTICLE + "\",\"revision\":2,\"status\":\"published\","
                        + "\"renderedAt\":\"" + revised.plusSeconds(1) + "\"}").getBytes(UTF_8),
                List.of(TestKafka.header(EventContract.CE_ID, UUID.randomUUID().toString()))));
        for (String group : List.of("catalog", "render")) {
            kafka.commit(group, new TopicPartition(EventContract.ARTICLES_SUBMITTED, one.partition()),
                    two.offset() + 1);
        }
        kafka.send(TestKafka.letter(EventContract.ARTICLES_SUBMITTED_RENDER_DLQ, "demo:broken-1", "{\"articleId\":",
                TestKafka.submittedHeaders(UUID.randomUUID().toString(), "demo:broken-1", now),
                "Unexpected end-of-input: expected close marker for Object", EventContract.ARTICLES_SUBMITTED, 2, 118));
        kafka.send(TestKafka.letter(EventContract.ARTICLES_SUBMITTED_RENDER_DLQ, ARTICLE, "{\"articleId\":\"" + ARTICLE
                + "\",\"revision\":1,\"headline\":null}", TestKafka.submittedHeaders(first, ARTICLE, acknowledged),
                "headline: must not be blank", EventContract.ARTICLES_SUBMITTED, one.partition(), one.offset()));
        ServiceStubs.article(services, ARTICLE, first, second, acknowledged, revised);
        ServiceStubs.operations(services);
        services.stubFor(get(urlPathEqualTo(WireMockServices.CATALOG + "/dead-letters")).willReturn(okJson("[]")));
    }

    private RecordMetadata submit(int revision, String eventId, Instant at) {
        return kafka.send(new ProducerRecord<>(EventContract.ARTICLES_SUBMITTED, null, at.toEpochMilli(),
                ARTICLE.getBytes(UTF_8), ("{\"articleId\":\"" + ARTICLE + "\",\"revision\":" + revision + "}")
                        .getBytes(UTF_8), TestKafka.submittedHeaders(eventId, ARTICLE, at)));
    }
}
