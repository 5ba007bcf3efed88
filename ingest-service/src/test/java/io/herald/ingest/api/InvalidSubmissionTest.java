package io.herald.ingest.api;

import static io.herald.ingest.Credentials.asDemo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.herald.ingest.ArticleFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@RealBrokerAndDatabase
class InvalidSubmissionTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Test
    void malformedJsonIsA400SayingWhere() {
        post("{\"source\": \"demo\",\n \"headline\": }")
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:herald:problem:malformed-json"))
                .body("status", equalTo(400))
                .body("detail", startsWith("The request body is not valid JSON"))
                .body("detail", containsString("line 2, column"))
                .body("instance", equalTo("/articles"));
    }

    /** Broken JSON, cut-off JSON and JSON of the wrong types: each answer says where, in the client's terms only. */
    @ParameterizedTest
    @ValueSource(strings = { "{\"source\": \"demo\", \"headline\": \"x\"", "{\"headline\": tru}",
            "{\"headline\": \"x\"}}", "{\"revision\": {}}", "{\"body\": [{\"type\": 5}]}",
            "{\"firstCreated\": [1]}", "\"an article\"" })
    void noParserInternalsReachTheClient(String body) {
        String answer = post(body).statusCode(400).contentType(PROBLEM_JSON).extract().asString();

        assertFalse(answer.contains("Source:"), answer);
        assertFalse(answer.contains("com.fasterxml"), answer);
        assertFalse(answer.contains("java."), answer);
    }

    @Test
    void missingHeadlineIsA400NamingHeadline() {
        ObjectNode article = ArticleFixtures.seedArticle();
        article.remove("headline");

        post(article.toString())
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:herald:problem:invalid-request"))
                .body("title", equalTo("Invalid request"))
                .body("errors.field", equalTo(List.of("headline")))
                .body("errors[0].rule", equalTo("must not be blank"));
    }

    @Test
    void emptyBodyIsA400NamingBody() {
        ObjectNode article = ArticleFixtures.seedArticle();
        article.putArray("body");

        post(article.toString())
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors.field", equalTo(List.of("body")));
    }

    @Test
    void everyViolationIsNamedWithItsPath() {
        ObjectNode article = ArticleFixtures.seedArticle();
        article.put("headline", " ").put("source", "Demo Desk").put("revision", 0);
        ((ObjectNode) article.withArray("body").get(1)).put("text", "");
        ((ObjectNode) article.withArray("byline").get(0)).remove("name");

        post(article.toString())
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors.field", hasItems("headline", "source", "revision", "body[1].text", "byline[0].name"))
                .body("errors.find { it.field == 'body[1].text' }.rule", equalTo("must not be blank for a paragraph"));
    }

    @Test
    void fieldOfTheWrongJsonTypeIsA400NamingIt() {
        ObjectNode article = ArticleFixtures.seedArticle();
        article.put("body", "just text");

        post(article.toString())
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:herald:problem:invalid-request"))
                .body("errors[0].field", equalTo("body"))
                .body("errors[0].rule", equalTo("must be an array"));
    }

    @Test
    void numberFieldGivenAWordIsA400NamingIt() {
        post(ArticleFixtures.seedArticle().put("revision", "two").toString())
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("revision"))
                .body("errors[0].rule", equalTo("must be an integer"));
    }

    @Test
    void unknownRoleIsA400ListingTheKnownRoles() {
        ObjectNode article = ArticleFixtures.seedArticle();
        ((ObjectNode) article.withArray("byline").get(0)).put("role", "ghostwriter");

        post(article.toString())
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("byline[0].role"))
                .body("errors[0].rule", containsString("reporter"))
                .body("errors[0].rule", containsString("author"));
    }

    @Test
    void unknownBlockTypeIsA400() {
        ObjectNode article = ArticleFixtures.seedArticle();
        ((ObjectNode) article.withArray("body").get(0)).put("type", "unknown");

        post(article.toString())
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("body[0].type"))
                .body("errors[0].rule", equalTo("must be one of: paragraph, heading, image, quote, list"));
    }

    @Test
    void badTimestampIsA400NamingIt() {
        post(ArticleFixtures.seedArticle().put("firstCreated", "yesterday").toString())
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("firstCreated"));
    }

    @Test
    void noBodyAtAllIsA400() {
        post("")
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:herald:problem:invalid-request"));
    }

    @Test
    void jsonThatIsNotAnObjectIsA400() {
        post("[1, 2]")
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:herald:problem:invalid-request"));
    }

    @Test
    void wrongContentTypeIs415() {
        asDemo().contentType(ContentType.TEXT).body("headline: 座谈会召开")
                .when().post("/articles")
                .then()
                .statusCode(415)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(415))
                .body("title", equalTo("Unsupported Media Type"))
                .body("detail", startsWith("Content-Type text/plain"));
    }

    @Test
    void wrongMethodIs405Problem() {
        asDemo().when().delete("/articles")
                .then()
                .statusCode(405)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(405));
    }

    @Test
    void unknownPathIs404Problem() {
        asDemo().contentType(ContentType.JSON).body("{}")
                .when().post("/articles/nowhere")
                .then()
                .statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(404));
    }

    @Test
    void rulesNameFieldsOfNestedObjects() {
        ObjectNode article = ArticleFixtures.seedArticle();
        ((ObjectNode) article.get("publication")).put("name", "").put("pageCount", -1);

        post(article.toString())
                .statusCode(400)
                .body("errors.field", hasItem("publication.name"))
                .body("errors.field", hasItem("publication.pageCount"));
    }

    @Test
    void misspeltFieldIsA400NamingItAndTheArticlesFields() {
        ObjectNode article = ArticleFixtures.seedArticle().put("embargo", "2026-04-06T08:00:00+08:00");

        post(article.toString())
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:herald:problem:invalid-request"))
                .body("title", equalTo("Invalid request"))
                .body("detail", equalTo("Field embargo is not part of this request."))
                .body("instance", equalTo("/articles"))
                .body("errors.field", equalTo(List.of("embargo")))
                .body("errors[0].rule", equalTo("is not a field of this request; the fields are: body, byline, "
                        + "dateline, embargoUntil, firstCreated, headline, images, kicker, language, page, pubStatus, "
                        + "publication, published, related, revision, section, source, sourceId, subheadline, "
                        + "subjects, summary, versionCreated"));
    }

    @Test
    void unknownFieldOfANestedObjectIsNamedWithItsPath() {
        ObjectNode article = ArticleFixtures.seedArticle();
        ((ObjectNode) article.withArray("body").get(0)).put("colour", "red");

        post(article.toString())
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:herald:problem:invalid-request"))
                .body("detail", not(containsString("Unrecognized")))
                .body("errors.field", equalTo(List.of("body[0].colour")))
                .body("errors[0].rule", equalTo("is not a field of this request; the fields are: image, itemRuns, "
                        + "items, level, runs, text, type"));
    }

    @Test
    void inlineRunLinkingToAnotherSchemeOrARelativeAddressIsNamedWithItsPath() {
        ObjectNode article = ArticleFixtures.seedArticle();
        ((ObjectNode) article.withArray("body").get(0)).putArray("runs")
                .add(ArticleFixtures.JSON.createObjectNode().put("text", "点此").put("href", "javascript:alert(1)"))
                .add(ArticleFixtures.JSON.createObjectNode().put("text", "相对").put("href", "/news/1.html"));

        post(article.toString())
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors.field", equalTo(List.of("body[0].runs[0].href", "body[0].runs[1].href")))
                .body("errors[0].rule", equalTo("must be an http, https or mailto address"));
    }

    private static ValidatableResponse post(String body) {
        return asDemo().contentType(ContentType.JSON).body(body)
                .when().post("/articles")
                .then();
    }
}
