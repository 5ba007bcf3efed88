package io.herald.ingest.api;

import static io.herald.ingest.Credentials.asDemo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.herald.events.ArticleSubmitted;
import io.herald.events.CloudEvent;
import io.herald.events.Contributor;
import io.herald.events.EventContract;
import io.herald.events.InlineRun;
import io.herald.events.EventJson;
import io.herald.ingest.ArticleFixtures;
import io.herald.ingest.SubmittedEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

@QuarkusTest
@RealBrokerAndDatabase
class ArticleSubmissionTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void acceptedArticleIsOnKafkaWithKeyCloudEventHeadersAndTheWholeArticle() {
        String sourceId = "p01-" + UUID.randomUUID();
        Instant before = Instant.now();

        ExtractableResponse<Response> accepted = submit(ArticleFixtures.seedArticle(sourceId))
                .statusCode(202)
                .contentType(ContentType.JSON)
                .body("articleId", equalTo("demo:" + sourceId))
                .body("revision", equalTo(1))
                .body("eventId", matchesPattern("[0-9a-f]{8}-[0-9a-f]{4}-3[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}"))
                .extract();
        String articleId = accepted.path("articleId");

        ConsumerRecord<String, String> record = eventsFor(articleId, 1).get(0);

        assertEquals(articleId, record.key());
        CloudEvent ce = CloudEvent.from(record.headers());
        assertEquals(accepted.path("eventId"), ce.id());
        assertEquals(EventContract.TYPE_ARTICLE_SUBMITTED, ce.type());
        assertEquals("/ingest/demo", ce.source());
        assertEquals(articleId, ce.subject());
        assertNotNull(ce.time());
        assertFalse(ce.time().isBefore(before), "ce_time " + ce.time() + " is before the request");
        assertEquals(EventContract.SPEC_VERSION, header(record, EventContract.CE_SPECVERSION));
        assertEquals(EventContract.JSON, header(record, EventContract.CONTENT_TYPE));

        assertFalse(record.value().contains("\"kicker\""), "absent fields are left out, as EventSerializer writes them");
        ArticleSubmitted article = EventJson.read(record.value().getBytes(StandardCharsets.UTF_8), ArticleSubmitted.class);
        assertEquals(articleId, article.articleId());
        assertEquals("2026年全国工业和信息化科技创新和产业创新融合发展工作座谈会召开", article.headline());
        assertEquals("完善高新区等创新载体建设布局", article.subheadline());
        assertEquals("本报讯", article.dateline());
        assertEquals(List.of(new Contributor("姚雯", Contributor.Role.AUTHOR)), article.byline());
        assertEquals("中国高新技术产业导报", article.publication().name());
        assertEquals(2664, article.publication().totalIssueNumber());
        assertEquals(16, article.publication().pageCount());
        assertEquals("01版", article.page());
        assertEquals(2, article.body().size());
        assertTrue(article.body().get(0).text().contains("江苏省委常委"), article.body().get(0).text());
        assertEquals(ce.time(), article.versionCreated());
    }

    @Test
    void bodyBlockWithInlineRunsIsAcceptedAndCarriedWithTheSchemeInLowerCaseAndTheReceiptHasNoWarnings() {
        ObjectNode article = ArticleFixtures.seedArticle("p01-" + UUID.randomUUID());
        ObjectNode block = (ObjectNode) article.withArray("body").get(0);
        block.put("text", "详见官网");
        block.putArray("runs").add(ArticleFixtures.JSON.createObjectNode().put("text", "详见"))
                .add(ArticleFixtures.JSON.createObjectNode().put("text", "官网").put("href", "HTTPS://www.example.cn/")
                        .set("marks", ArticleFixtures.JSON.createArrayNode().add("bold")));

        String articleId = submit(article).statusCode(202).body("warnings", equalTo(List.of()))
                .extract().path("articleId");

        ArticleSubmitted event = SubmittedEvents.article(eventsFor(articleId, 1).get(0));
        assertEquals(List.of(new InlineRun("详见", null, null),
                new InlineRun("官网", List.of(InlineRun.Mark.BOLD), "https://www.example.cn/")), event.body().get(0).runs());
    }

    @Test
    void sameRevisionPostedTwiceKeepsItsEventId() {
        ObjectNode article = ArticleFixtures.seedArticle("p01-" + UUID.randomUUID()).put("revision", 2);

        String first = submit(article).statusCode(202).body("revision", equalTo(2)).extract().path("eventId");
        String second = submit(article).statusCode(202).extract().path("eventId");

        assertEquals(first, second);
        List<ConsumerRecord<String, String>> records = eventsFor("demo:" + article.get("sourceId").asText(), 2);
        assertEquals(first, CloudEvent.from(records.get(0).headers()).id());
        assertEquals(first, CloudEvent.from(records.get(1).headers()).id());
    }

    @Test
    void nextRevisionGetsANewEventId() {
        ObjectNode article = ArticleFixtures.seedArticle("p01-" + UUID.randomUUID());

        String first = submit(article).statusCode(202).extract().path("eventId");
        String second = submit(article.put("revision", 2)).statusCode(202).extract().path("eventId");

        assertNotEquals(first, second);
    }

    @Test
    void articleWithoutSourceIdGetsAGeneratedId() {
        ObjectNode article = ArticleFixtures.seedArticle();
        article.remove("sourceId");

        String articleId = submit(article).statusCode(202)
                .body("articleId", matchesPattern("demo:[0-9a-f-]{36}"))
                .extract().path("articleId");

        assertEquals(articleId, eventsFor(articleId, 1).get(0).key());
    }

    private static ValidatableResponse submit(ObjectNode article) {
        return asDemo().contentType(ContentType.JSON).body(article.toString())
                .when().post("/articles")
                .then();
    }

    private List<ConsumerRecord<String, String>> eventsFor(String articleId, int count) {
        return SubmittedEvents.recordsFor(bootstrapServers, articleId, count);
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        return KafkaCompanion.getHeader(record.headers(), name);
    }
}
