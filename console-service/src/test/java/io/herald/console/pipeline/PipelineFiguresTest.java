package io.herald.console.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.herald.console.ConsoleTest;
import io.herald.console.WireMockServices;
import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.herald.events.EventContract;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The pipeline's figures come from Kafka itself: records written to a topic, a group's committed offsets and the
 * records at them. The test profile's consumer {@code lagging} reads a topic only this test writes, with no member
 * running, as a dead consumer would leave it.
 */
@QuarkusTest
@RealBrokerAndDatabase
@WithTestResource(WireMockServices.class)
class PipelineFiguresTest extends ConsoleTest {

    private static final String TOPIC = "console-test.lagging";
    private static final String LETTERS = "console-test.lagging-dlq";
    private static final String GROUP = "console-test-lagging";

    @Test
    void aGroupWithNoMemberRunningShowsItsLagAndTheAgeOfItsOldestUnprocessedRecordPerPartition() {
        kafka.createTopic(TOPIC, 2);
        kafka.createTopic(LETTERS, 1);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        // partition 0: one record before the window, four within; the group processed the first two
        for (Duration ago : List.of(Duration.ofMinutes(90), Duration.ofMinutes(30), Duration.ofMinutes(20),
                Duration.ofMinutes(10), Duration.ofMinutes(5))) {
            kafka.send(TOPIC, 0, now.minus(ago), "article-0", "{}");
        }
        // partition 1: two records the group never committed anything for
        Instant recent = now.minus(Duration.ofMinutes(1));
        kafka.send(TOPIC, 1, recent, "article-1", "{}");
        kafka.send(TOPIC, 1, recent, "article-1", "{}");
        kafka.send(LETTERS, 0, now, "article-0", "not json");
        kafka.commit(GROUP, new TopicPartition(TOPIC, 0), 2);

        JsonPath figures = api().get("/pipeline").then().statusCode(200).extract().jsonPath();

        String group = "groups.find { it.consumer == 'lagging' }.";
        assertEquals(GROUP, figures.getString(group + "group"));
        assertEquals(0, figures.getInt(group + "members"));
        assertEquals("Empty", figures.getString(group + "state"));
        assertEquals(5, figures.getLong(group + "lag"));
        assertTrue(figures.getBoolean(group + "stalled"), "records wait and no consumer runs");
        assertTrue(Duration.parse(figures.getString(group + "oldestAge")).compareTo(Duration.ofMinutes(20)) >= 0,
                figures.getString(group + "oldestAge"));

        Map<String, Object> first = figures.getMap(group + "partitions[0]");
        assertEquals(5, first.get("endOffset"));
        assertEquals(2, first.get("committed"));
        assertEquals(3, first.get("lag"));
        assertEquals(now.minus(Duration.ofMinutes(20)), Instant.parse((String) first.get("oldestAt")),
                "the record at the committed offset waits longest");
        Map<String, Object> second = figures.getMap(group + "partitions[1]");
        assertNull(second.get("committed"), "never committed");
        assertEquals(2, second.get("lag"));
        assertEquals(recent, Instant.parse((String) second.get("oldestAt")));

        // of the window's records (partition 0 from offset 1), the group got past one
        assertEquals(1, figures.getLong("stages.find { it.name == 'lagging processed' }.count"));
        assertEquals(1, figures.getLong("deadLetters.find { it.consumer == 'lagging' }.total"));
        assertEquals(1, figures.getLong("deadLetters.find { it.consumer == 'lagging' }.inWindow"));
        assertEquals("PT1H", figures.getString("window"));

        Document home = Jsoup.parse(page().get("/").then().statusCode(200).extract().asString());
        Element row = home.select("table.groups tbody tr").stream()
                .filter(tr -> tr.child(0).text().equals("lagging")).findFirst().orElseThrow();
        assertTrue(row.hasClass("stalled"), row.outerHtml());
        assertEquals("5", row.select("td.lag").text());
        assertTrue(row.text().contains("no consumer running"), row.text());
        assertEquals("/pipeline/figures", home.select("[data-live]").attr("data-live"));
    }

    @Test
    void caughtUpGroupsHaveNoLagAndTheLiveFragmentIsTheFiguresAlone() {
        kafka.commit("render", new TopicPartition(EventContract.ARTICLES_SUBMITTED, 5),
                kafka.endOffset(new TopicPartition(EventContract.ARTICLES_SUBMITTED, 5)));

        JsonPath figures = api().get("/pipeline").then().statusCode(200).extract().jsonPath();
        assertEquals(0, figures.getInt("groups.find { it.consumer == 'render' }.partitions[5].lag"));
        assertNull(figures.get("groups.find { it.consumer == 'render' }.partitions[5].oldestAt"));

        String fragment = page().get("/pipeline/figures").then().statusCode(200).extract().asString();
        assertFalse(fragment.contains("<html"), "a fragment, not a page");
        assertTrue(Jsoup.parse(fragment).select("table.groups tbody tr").size() >= 4, fragment);
    }

    @Test
    void ingestAcceptedCountsEveryRecordWrittenToArticlesSubmittedWithinTheWindow() {
        long before = acceptedInWindow();
        for (int i = 0; i < 3; i++) {
            RecordMetadata sent = kafka.send(EventContract.ARTICLES_SUBMITTED, i, Instant.now(), "counted-" + i, "{}");
            assertEquals(EventContract.ARTICLES_SUBMITTED, sent.topic());
        }
        assertEquals(before + 3, acceptedInWindow());
    }

    private static long acceptedInWindow() {
        return api().get("/pipeline").then().statusCode(200).extract().jsonPath()
                .getLong("stages.find { it.name == 'Ingest accepted' }.count");
    }
}
