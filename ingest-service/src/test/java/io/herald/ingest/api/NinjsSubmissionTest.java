package io.herald.ingest.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.herald.events.ArticleSubmitted;
import io.herald.events.BodyBlock;
import io.herald.events.CloudEvent;
import io.herald.events.Contributor;
import io.herald.events.Image;
import io.herald.ingest.Credentials;
import io.herald.ingest.SubmittedEvents;
import io.herald.ingest.formats.ninjs.NinjsFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@RealBrokerAndDatabase
class NinjsSubmissionTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;


    @Test
    void ninjsItemIsAcceptedAndItsEventCarriesTheMappedArticle() {
        String uri = "urn:newsml:chinahightech.com:20260406:" + UUID.randomUUID();
        ObjectNode item = NinjsFixtures.zgcForum().put("uri", uri);

        String eventId = post(item).statusCode(202)
                .body("articleId", equalTo("demo:" + uri))
                .body("revision", equalTo(3))
                .extract().path("eventId");

        ConsumerRecord<String, String> record = SubmittedEvents.recordsFor(bootstrapServers, "demo:" + uri, 1).get(0);
        assertEquals(eventId, CloudEvent.from(record.headers()).id());
        ArticleSubmitted article = SubmittedEvents.article(record);
        assertEquals("2026中关村论坛年会集中发布21项重大科技成果", article.headline());
        assertEquals("涵盖人工智能、量子科技等领域", article.subheadline());
        assertEquals(List.of(new Contributor("张伟", Contributor.Role.REPORTER)), article.byline());
        assertEquals("北京", article.dateline());
        assertEquals(BodyBlock.Type.PARAGRAPH, article.body().get(0).type());
        assertEquals(5, article.body().size());
        assertEquals(List.of(new Image("https://img.example.cn/zgc/forum-print.jpg", "图为2026中关村论坛年会会场", "新华社",
                "刘甲", null)), article.images());
        assertEquals(uri, article.source().itemId());
        assertEquals("demo", article.source().name());
    }

    @Test
    void propertiesTheSchemaDoesNotAllowAreA400NamingEachPointer() {
        ObjectNode item = NinjsFixtures.zgcForum().put("herald:desk", "要闻部");
        ((ObjectNode) item.withArray("headlines").get(0)).put("x-colour", "red");
        ((ObjectNode) item.withArray("associations").get(0)).putObject("x-rights").put("owner", "新华社");

        post(item).statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:herald:problem:invalid-request"))
                .body("errors.field", containsInAnyOrder("/herald:desk", "/headlines/0/x-colour",
                        "/associations/0/x-rights"));
    }

    @Test
    void eventIsPublishedAsTheAuthenticatedSource() {
        String uri = "urn:newsml:wire.example:" + UUID.randomUUID();

        given().header("Authorization", "Bearer " + Credentials.WIRE_API_KEY)
                .contentType(ContentType.JSON).body(NinjsFixtures.zgcForum().put("uri", uri).toString())
                .when().post("/ninjs")
                .then().statusCode(202).body("articleId", equalTo("wire:" + uri));

        assertEquals("wire", SubmittedEvents.article(SubmittedEvents.recordsFor(bootstrapServers, "wire:" + uri, 1).get(0)).source().name());
    }

    @Test
    void itemWithoutCredentialsIsA401() {
        given().contentType(ContentType.JSON).body(NinjsFixtures.zgcForum().toString())
                .when().post("/ninjs")
                .then().statusCode(401);
    }

    @Test
    void itemWithoutUriIsA400NamingUri() {
        ObjectNode item = NinjsFixtures.zgcForum();
        item.remove("uri");

        post(item).statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:herald:problem:invalid-request"))
                .body("errors.field", equalTo(List.of("/uri")))
                .body("errors.rule", equalTo(List.of("required: required property 'uri' not found")));
    }

    @Test
    void associationWithoutNameIsA400() {
        ObjectNode item = NinjsFixtures.zgcForum();
        ((ObjectNode) item.withArray("associations").get(0)).remove("name");

        post(item).statusCode(400).body("errors.field", equalTo(List.of("/associations/0/name")));
    }

    @Test
    void itemWithoutHeadlineIsValidNinjsAndTitledByItsText() {
        String uri = "urn:newsml:chinahightech.com:20260406:" + UUID.randomUUID();
        ObjectNode item = NinjsFixtures.zgcForum().put("uri", uri);
        item.remove("headlines");

        post(item).statusCode(202);

        assertEquals("本报讯 4月2日，2026中关村论坛年会重大科技成果发布会在京举行。", SubmittedEvents.article(
                SubmittedEvents.recordsFor(bootstrapServers, "demo:" + uri, 1).get(0)).headline());
    }

    @Test
    void schemaValidItemBeyondHeraldsLimitsIsA422NamingEachFieldUnderItsNinjsName() {
        ObjectNode item = NinjsFixtures.zgcForum().put("language", "Chinese (Simplified)");
        ((ObjectNode) item.withArray("headlines").get(1)).put("value", "长".repeat(513));

        post(item).statusCode(422)
                .body("type", equalTo("urn:herald:problem:item-beyond-herald-limits"))
                .body("errors.field", equalTo(List.of("headlines", "language")))
                .body("errors[1].rule", containsString("must match"));

        ObjectNode longHeadline = NinjsFixtures.zgcForum();
        ((ObjectNode) longHeadline.withArray("headlines").get(1)).put("value", "长".repeat(513));
        post(longHeadline).statusCode(422)
                .body("errors.field", equalTo(List.of("headlines")))
                .body("errors.rule", equalTo(List.of("Herald's headline size must be between 0 and 512")));
    }

    @Test
    void unknownSchemaIsA400NamingDollarSchema() {
        post(NinjsFixtures.zgcForum().put("$schema", "http://www.iptc.org/std/ninjs/ninjs-schema_1.4.json"))
                .statusCode(400)
                .body("errors.field", equalTo(List.of("$schema")));
    }

    @Test
    void videoIsA422NamingTheType() {
        post(NinjsFixtures.zgcForum().put("type", "video")).statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:herald:problem:unsupported-item-type"))
                .body("errors.field", equalTo(List.of("type")));
    }

    @Test
    void malformedJsonIsA400() {
        Credentials.asDemo().contentType(ContentType.JSON).body("{\"uri\": ")
                .when().post("/ninjs")
                .then().statusCode(400).body("type", equalTo("urn:herald:problem:malformed-json"));
    }

    private static ValidatableResponse post(ObjectNode item) {
        return Credentials.asDemo().contentType(ContentType.JSON).body(item.toString())
                .when().post("/ninjs")
                .then();
    }
}
