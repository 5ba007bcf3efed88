package io.herald.catalog.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@RealBrokerAndDatabase
class ArticleResourceTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Test
    void unknownArticleIsANotFoundProblemNamingTheId() {
        given().when().get("/articles/{id}", "demo:no-such-article")
                .then().statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(404))
                .body("title", equalTo("Not found"))
                .body("type", equalTo("urn:herald:problem:not-found"))
                .body("detail", containsString("demo:no-such-article"))
                .body("instance", equalTo("/articles/demo%3Ano-such-article")); // the path as sent
    }

    @ParameterizedTest
    @CsvSource({ "/articles/demo:a%00b, id", "/articles/demo:a%00b/revisions, id",
            "/issues/paper%00/2026-04-06, publication", "/issues/paper/2026-04-06%00, date" })
    void aNulCharacterInThePathIsABadRequestProblemNamingTheParameter(String path, String parameter) {
        given().urlEncodingEnabled(false).when().get(path)
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:herald:problem:invalid-parameter"))
                .body("errors[0].field", equalTo(parameter))
                .body("errors[0].rule", equalTo("must not contain NUL characters"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "0", "101", "-1", "abc", "2.5", " 5" })
    void limitOutsideOneToHundredIsABadRequestProblemNamingLimit(String limit) {
        given().queryParam("limit", limit)
                .when().get("/articles")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(400))
                .body("type", equalTo("urn:herald:problem:invalid-parameter"))
                .body("errors[0].field", equalTo("limit"))
                .body("errors[0].rule", equalTo("must be an integer from 1 to 100"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "1", "100" })
    void limitAtTheBoundsIsAccepted(String limit) {
        given().queryParam("limit", limit)
                .when().get("/articles")
                .then().statusCode(200);
    }
}
