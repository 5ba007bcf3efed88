package io.herald.ingest.api;

import static io.herald.ingest.Credentials.asDemo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.herald.devstack.testing.PostgresTestResource;
import io.herald.ingest.formats.issue.PageTexts;
import io.herald.service.problem.Problem;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;

/** No broker: a page is a 503 that names every item Kafka did not acknowledge. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "ingest"))
@TestProfile(UnreachableBrokerTest.NoBroker.class)
class IssueUnreachableBrokerTest {

    private static final RestAssuredConfig GIVE_UP_AFTER_15_SECONDS = RestAssured.config()
            .httpClient(HttpClientConfig.httpClientConfig()
                    .setParam("http.connection.timeout", 5_000)
                    .setParam("http.socket.timeout", 15_000));

    @Test
    void pageIsA503NamingTheItemsThatWereNotPublished() {
        asDemo().config(GIVE_UP_AFTER_15_SECONDS)
                .contentType("text/markdown")
                .body(PageTexts.read(PageTexts.REFERENCE).getBytes(StandardCharsets.UTF_8))
                .when().post("/issues")
                .then()
                .statusCode(503)
                .contentType(Problem.MEDIA_TYPE)
                .header("Retry-After", "7")
                .body("type", equalTo("urn:herald:problem:publish-unavailable"))
                .body("detail", containsString("published []"))
                .body("errors.field", contains("items[0]", "items[1]", "items[2]"))
                .body("errors[0].rule", containsString("was not acknowledged by Kafka: demo:2026-04-06-p01-"));
    }
}
