package io.herald.catalog.api;

import static io.herald.service.operator.testing.TestOperator.asOperator;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.herald.service.operator.testing.OperatorEndpoints;
import io.herald.service.operator.testing.OperatorLog;
import io.herald.service.operator.testing.TestOperator;
import io.quarkus.test.junit.QuarkusTest;

/** Operator endpoints need an operator key (README, "Operating the catalog"); readers' endpoints stay public. */
@QuarkusTest
@RealBrokerAndDatabase
class OperatorAccessTest {

    @Test
    void everyOperatorEndpointNeedsAnOperatorKey() {
        List<String> checked = OperatorEndpoints.assertEveryOneNeedsAnOperatorKey("/admin", "/dead-letters").stream()
                .map(Object::toString).toList();
        assertThat(checked, hasItems("GET /admin/rebuild", "POST /admin/rebuild", "GET /dead-letters",
                "POST /dead-letters/redrive", "POST /dead-letters/{partition}/{offset}/redrive"));
    }

    @Test
    void withoutAKeyIsAnUnauthorizedProblemAskingForABearerKey() {
        OperatorEndpoints.assertUnauthorizedWithoutAKey(given(), "POST", "/admin/rebuild");
    }

    @ParameterizedTest
    @ValueSource(strings = { "Basic dGVzdDp0ZXN0LW9wZXJhdG9yLWtleQ==", "Bearer", "Bearer  ", "test-operator-key",
            "Bearertest-operator-key" })
    void anAuthorizationThatIsNotABearerKeyIsUnauthorized(String authorization) {
        OperatorEndpoints.assertUnauthorizedWithoutAKey(given().header("Authorization", authorization), "GET",
                "/dead-letters");
    }

    @ParameterizedTest
    @ValueSource(strings = { "wrong-key", "test-operator-key-", "test", "TEST-OPERATOR-KEY" })
    void aWrongKeyIsAForbiddenProblemAndIsLoggedWithoutIt(String key) {
        try (OperatorLog log = OperatorLog.capture()) {
            OperatorEndpoints.assertForbiddenWithTheWrongKey(key, "POST", "/dead-letters/redrive");
            assertThat(log.lines(), hasItem("WARN Operator request with an unknown key refused: POST /dead-letters/redrive"));
        }
    }

    @Test
    void theOperatorKeyOpensOperatorEndpointsAndEachActionIsLoggedByTheKeysName() {
        try (OperatorLog log = OperatorLog.capture()) {
            asOperator().queryParam("pending", true).queryParam("limit", 5)
                    .when().get("/dead-letters")
                    .then().statusCode(200);
            given().header("Authorization", "bearer " + TestOperator.KEY)
                    .when().post("/dead-letters/redrive")
                    .then().statusCode(200);
            asOperator().when().get("/admin/rebuild")
                    .then().statusCode(404)
                    .body("detail", containsString("no rebuild has run"));

            List<String> lines = log.lines();
            assertThat(lines, hasItem(matchesPattern(
                    "INFO operator test: GET /dead-letters\\?pending=true&limit=5 at 20\\d\\d-\\d\\d-\\d\\dT.*Z")));
            assertThat(lines, hasItem(matchesPattern("INFO operator test: POST /dead-letters/redrive at 20.*Z")));
            assertThat(lines, hasItem(matchesPattern("INFO operator test: GET /admin/rebuild at 20.*Z")));
            assertThat(lines, not(hasItem(containsString(TestOperator.KEY))));
        }
    }

    @Test
    void readersEndpointsAnswerWithoutAKeyAndDeclareNoSecurity() {
        given().when().get("/articles").then().statusCode(200);
        given().header("Authorization", "Bearer wrong-key").when().get("/articles").then().statusCode(200);
        given().queryParam("q", "科技").when().get("/articles").then().statusCode(200);
        given().when().get("/issues").then().statusCode(200);
        given().when().get("/articles/{id}", "no-such-article").then().statusCode(404)
                .body("type", equalTo("urn:herald:problem:not-found"));
        await().atMost(Duration.ofSeconds(30)).until(() -> given().get("/q/health/ready").statusCode() == 200);
        given().when().get("/q/metrics").then().statusCode(200);
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/articles'.get.security", nullValue())
                .body("paths.'/admin/rebuild'.post.security[0]", hasKey("operator-key"))
                .body("components.securitySchemes.'operator-key'.type", equalTo("http"))
                .body("components.securitySchemes.'operator-key'.scheme", equalTo("bearer"));
    }
}
