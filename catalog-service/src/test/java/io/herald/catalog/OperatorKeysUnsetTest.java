package io.herald.catalog;

import static io.herald.service.operator.testing.TestOperator.asOperator;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.herald.devstack.testing.KafkaTestResource;
import io.herald.devstack.testing.PostgresTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;

/** With no operator key configured, operator endpoints are refused, never open; readers' endpoints still answer. */
@QuarkusTest
@TestProfile(OperatorKeysUnsetTest.NoOperatorKeys.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "catalog"))
class OperatorKeysUnsetTest {

    public static class NoOperatorKeys implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("herald.operator.keys", "", "%test.herald.operator.keys", "");
        }
    }

    @Test
    void operatorEndpointsAreForbiddenWithOrWithoutAKey() {
        for (RequestSpecification request : List.of(given(), asOperator())) {
            request.when().post("/admin/rebuild")
                    .then().statusCode(403)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:herald:problem:operator-keys-not-configured"))
                    .body("status", equalTo(403))
                    .body("detail", containsString("HERALD_OPERATOR_KEYS"))
                    .body("instance", equalTo("/admin/rebuild"));
        }
        asOperator().when().get("/dead-letters").then().statusCode(403);
    }

    @Test
    void readersEndpointsStillAnswer() {
        given().when().get("/articles").then().statusCode(200);
    }
}
