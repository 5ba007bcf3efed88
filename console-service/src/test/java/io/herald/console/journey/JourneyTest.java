package io.herald.console.journey;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.herald.console.ConsoleTest;
import io.herald.console.ServiceStubs;
import io.herald.console.TestKafka;
import io.herald.console.WireMockServices;
import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.herald.events.EventContract;
import io.herald.service.operator.testing.TestOperator;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * An article's journey, put together from its records on Kafka (ingest's, render's, the letters parked for it), the
 * consumer groups' committed offsets and what the catalog, render and wechat-service (WireMock here) answer.
 */
@QuarkusTest
@RealBrokerAndDatabase
@WithTestResource(WireMockServices.class)
class JourneyTest extends ConsoleTest {

    @Test
    void eachRevisionShowsWhenIngestAcknowledgedItWhenTheCatalogAppliedItWhenItWasRenderedAndItsWechatState() {
        String article = "journey-" + UUID.randomUUID();
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        Instant acknowledged = Instant.now().minus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MILLIS);
        Instant revised = acknowledged.plus(5, ChronoUnit.MINUTES);
        Instant announced = revised.plus(2, ChronoUnit.SECONDS);
        RecordMetadata one = submit(article, 1, first, acknowledged);
        RecordMetadata two = submit(article, 2, second, revised);
        kafka.send(new ProducerRecord<>(EventContract.ARTICLES_RENDERED, null, announced.toEpochMilli(),
                article.getBytes(UTF_8), ("{\"articleId\":\"" + article + "\",\"revision\":2,\"status\":\"published\","
                        + "\"renderedAt\":\"" + revised.plusSeconds(1) + "\"}").getBytes(UTF_8),
                List.of(TestKafka.header(EventContract.CE_ID, UUID.randomUUID().toString()))));
        kafka.send(TestKafka.letter(EventContract.ARTICLES_SUBMITTED_RENDER_DLQ, article, "{}",
                TestKafka.submittedHeaders(first, article, acknowledged), "render could not read revision 1",
                EventContract.ARTICLES_SUBMITTED, one.partition(), one.offset()));
        kafka.commit("catalog", new TopicPartition(EventContract.ARTICLES_SUBMITTED, one.partition()), one.offset() + 1);
        ServiceStubs.article(services, article, first, second, acknowledged, revised);

        JsonPath journey = api().get("/articles/{id}", article).then().statusCode(200).extract().jsonPath();

        assertEquals(ServiceStubs.HEADLINE, journey.getString("headline"));
        assertEquals("visible: revision 2 is current", journey.getString("catalog"));
        assertEquals(1, journey.getInt("revisions[0].revision"));
        assertEquals(first, journey.getString("revisions[0].eventId"));
        assertEquals(acknowledged, Instant.parse(journey.getString("revisions[0].acknowledgedAt")));
        assertEquals(acknowledged.toString(), journey.getString("revisions[0].ceTime"));
        assertEquals(one.partition() + "/" + one.offset(), journey.getString("revisions[0].submitted"));
        assertEquals(acknowledged.plusSeconds(1), Instant.parse(journey.getString("revisions[0].appliedAt")));
        assertTrue(journey.getList("revisions[0].steps").containsAll(List.of("catalog: processed",
                "render: dead-lettered")), journey.getList("revisions[0].steps").toString());
        assertNull(journey.get("revisions[0].rendered"));

        assertEquals(two.partition() + "/" + two.offset(), journey.getString("revisions[1].submitted"));
        assertTrue(journey.getList("revisions[1].steps").contains("catalog: not yet (it is next)"),
                journey.getList("revisions[1].steps").toString());
        assertEquals("published", journey.getString("revisions[1].rendered.status"));
        assertEquals(announced, Instant.parse(journey.getString("revisions[1].rendered.announcedAt")));
        assertEquals(revised.plusSeconds(1), Instant.parse(journey.getString("revisions[1].rendered.renderedAt")));
        assertEquals(List.of("demo: published"), journey.getList("revisions[1].wechat"));
        assertEquals("render", journey.getString("deadLetters[0].consumer"));
        assertEquals("render could not read revision 1", journey.getString("deadLetters[0].reason"));
        assertEquals(Boolean.TRUE, journey.get("draft.publishable"));

        Document page = Jsoup.parse(page().get("/articles/{id}", article).then().statusCode(200).extract().asString());
        assertEquals(ServiceStubs.HEADLINE, page.select("h1").text());
        assertEquals(2, page.select("table.journey tbody tr").size());
        assertTrue(page.select("table.journey").text().contains("demo: published"));
    }

    @Test
    void anIdGoesStraightToItsJourneyAndWordsListTheCatalogsHits() {
        String article = "found-" + UUID.randomUUID();
        services.stubFor(get(urlPathEqualTo(WireMockServices.CATALOG + "/articles/" + article + "/revisions"))
                .willReturn(okJson("{\"articleId\":\"" + article + "\",\"revisions\":[]}")));
        page().redirects().follow(false).queryParam("q", article).get("/articles")
                .then().statusCode(303).header("Location", endsWith("/articles/" + article));

        services.stubFor(get(urlPathEqualTo(WireMockServices.CATALOG + "/articles"))
                .withQueryParam("q", equalTo("中关村"))
                .willReturn(okJson("{\"total\":1,\"hits\":[{\"articleId\":\"" + article + "\",\"revision\":1,"
                        + "\"headline\":\"" + ServiceStubs.HEADLINE + "\",\"section\":\"要闻\",\"page\":\"01版\"}]}")));
        Document hits = Jsoup.parse(page().queryParam("q", "中关村").get("/articles").then().statusCode(200)
                .extract().asString());
        assertEquals("/articles/" + article, hits.select("ol.hits a").attr("href"));
        assertEquals(ServiceStubs.HEADLINE, hits.select("ol.hits a").text());
    }

    @Test
    void anArticleNoOneKnowsIsNotFound() {
        api().get("/articles/{id}", "nobody-" + UUID.randomUUID()).then().statusCode(404)
                .body("detail", containsString("neither catalog-service nor articles.submitted knows"));
        given().header("Authorization", "Bearer " + TestOperator.KEY).accept("text/html")
                .queryParam("q", "x".repeat(201)).get("/articles").then().statusCode(400)
                .body(containsString("q must be at most 200 characters"));
    }

    private RecordMetadata submit(String article, int revision, String eventId, Instant at) {
        return kafka.send(new ProducerRecord<>(EventContract.ARTICLES_SUBMITTED, null, at.toEpochMilli(),
                article.getBytes(UTF_8), ("{\"articleId\":\"" + article + "\",\"revision\":" + revision + "}")
                        .getBytes(UTF_8), TestKafka.submittedHeaders(eventId, article, at)));
    }
}
