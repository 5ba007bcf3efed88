package io.herald.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.herald.devstack.testing.KafkaTestResource;
import io.herald.devstack.testing.PostgresTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "catalog"))
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
                .body("detail", containsString("demo:no-such-article"));
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
