package io.herald.ingest.api;

import static io.herald.ingest.Credentials.asDemo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.herald.events.CloudEvent;
import io.herald.ingest.ArticleFixtures;
import io.herald.ingest.SubmittedEvents;
import io.herald.service.problem.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

/** Herald's rule for {@code revision}: one content per (article, revision), through the real broker and database. */
@QuarkusTest
@RealBrokerAndDatabase
class RevisionRuleTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void otherContentAtAnAcknowledgedRevisionIsA409NamingTheRevisionToSend() {
        ObjectNode article = ArticleFixtures.seedArticle("p01-" + UUID.randomUUID()).put("revision", 1);
        submit(article).statusCode(202).body("revision", equalTo(1));

        submit(corrected(article))
                .statusCode(409)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:herald:problem:revision-conflict"))
                .body("status", equalTo(409))
                .body("detail", containsString("send revision 2"))
                .body("instance", equalTo("/articles"))
                .body("errors[0].field", equalTo("revision"))
                .body("errors[0].rule", containsString("must be 2"));

        submit(corrected(article).put("revision", 2)).statusCode(202).body("revision", equalTo(2));
    }

    @Test
    void otherContentWithoutRevisionIsTheNextRevisionWithANewEventOnKafka() {
        ObjectNode article = withoutRevision(ArticleFixtures.seedArticle("p01-" + UUID.randomUUID()));
        String articleId = "demo:" + article.get("sourceId").asText();
        String first = submit(article).statusCode(202).body("revision", equalTo(1)).extract().path("eventId");

        String second = submit(corrected(article)).statusCode(202).body("revision", equalTo(2)).extract().path("eventId");

        assertNotEquals(first, second);
        List<ConsumerRecord<String, String>> records = SubmittedEvents.recordsFor(bootstrapServers, articleId, 2);
        ConsumerRecord<String, String> correction = records.get(1);
        assertEquals(second, CloudEvent.from(correction.headers()).id());
        assertEquals(2, SubmittedEvents.article(correction).revision());
        assertEquals("更正后的标题", SubmittedEvents.article(correction).headline());
    }

    @Test
    void identicalRetryIsTheSameEventWithOrWithoutItsRevision() {
        ObjectNode article = withoutRevision(ArticleFixtures.seedArticle("p01-" + UUID.randomUUID()));
        String first = submit(article).statusCode(202).extract().path("eventId");

        submit(article).statusCode(202).body("revision", equalTo(1)).body("eventId", equalTo(first));
        submit(article.deepCopy().put("revision", 1)).statusCode(202).body("eventId", equalTo(first));

        String correction = submit(corrected(article)).statusCode(202).body("revision", equalTo(2))
                .extract().path("eventId");
        submit(corrected(article)).statusCode(202).body("revision", equalTo(2)).body("eventId", equalTo(correction));
    }

    @Test
    void twoContentsRacingForOneRevisionNeverBothGet202() {
        ObjectNode article = ArticleFixtures.seedArticle("p01-" + UUID.randomUUID()).put("revision", 1);

        List<Response> answers = race(article, corrected(article));

        assertEquals(List.of(202, 409), answers.stream().map(Response::statusCode).sorted().toList());
    }

    @Test
    void theSameRequestTwiceAtOnceIsOneEvent() {
        ObjectNode article = withoutRevision(ArticleFixtures.seedArticle("p01-" + UUID.randomUUID()));

        List<Response> answers = race(article, article);

        assertEquals(List.of(202, 202), answers.stream().map(Response::statusCode).toList());
        assertEquals(answers.get(0).path("eventId").toString(), answers.get(1).path("eventId").toString());
        assertEquals(1, (int) answers.get(1).path("revision"));
    }

    @Test
    void bulkLinesFollowTheSameRule() {
        ObjectNode article = withoutRevision(ArticleFixtures.seedArticle("p01-" + UUID.randomUUID()));
        ObjectNode conflicting = corrected(article).put("revision", 1);
        String body = Stream.of(article, article, corrected(article), conflicting).map(ObjectNode::toString)
                .reduce((a, b) -> a + "\n" + b).orElseThrow();

        Response answer = asDemo().contentType("application/x-ndjson").body(body.getBytes(StandardCharsets.UTF_8)).when().post("/articles/bulk");

        answer.then()
                .statusCode(200)
                .body("accepted", equalTo(3))
                .body("lines.revision", equalTo(Arrays.asList(1, 1, 2, null)))
                .body("lines[3].errors[0].field", equalTo("revision"))
                .body("lines[3].errors[0].rule", containsString("must be 3"));
        assertEquals(answer.path("lines[0].eventId").toString(), answer.path("lines[1].eventId").toString());
        assertNotEquals(answer.path("lines[0].eventId").toString(), answer.path("lines[2].eventId").toString());
    }

    @Test
    void openApiDocumentsTheRule() {
        RestAssured.given().queryParam("format", "json").when().get("/q/openapi")
                .then()
                .statusCode(200)
                .body("components.schemas.ArticleRequest.properties.revision.description", containsString("409"))
                .body("components.schemas.ArticleRequest.properties.revision.description",
                        containsString("other content becomes the next revision"));
    }

    private static ObjectNode corrected(ObjectNode article) {
        return article.deepCopy().put("headline", "更正后的标题");
    }

    private static ObjectNode withoutRevision(ObjectNode article) {
        article.remove("revision");
        return article;
    }

    private static List<Response> race(ObjectNode one, ObjectNode other) {
        CompletableFuture<Response> first = CompletableFuture.supplyAsync(() -> post(one));
        CompletableFuture<Response> second = CompletableFuture.supplyAsync(() -> post(other));
        return List.of(first.join(), second.join());
    }

    private static Response post(ObjectNode article) {
        return asDemo().contentType(ContentType.JSON).body(article.toString()).when().post("/articles");
    }

    private static ValidatableResponse submit(ObjectNode article) {
        return post(article).then();
    }
}
