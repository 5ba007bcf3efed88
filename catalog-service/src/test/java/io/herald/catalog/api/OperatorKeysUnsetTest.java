package io.herald.catalog.api;

import static io.restassured.RestAssured.given;

import org.junit.jupiter.api.Test;

import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.herald.service.operator.testing.NoOperatorKeys;
import io.herald.service.operator.testing.OperatorEndpoints;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** With no operator key configured, operator endpoints are refused, never open; readers' endpoints still answer. */
@QuarkusTest
@TestProfile(NoOperatorKeys.class)
@RealBrokerAndDatabase
class OperatorKeysUnsetTest {

    @Test
    void operatorEndpointsAreForbiddenWithOrWithoutAKey() {
        OperatorEndpoints.assertRefusedWhileNoKeyIsConfigured("POST", "/admin/rebuild");
        OperatorEndpoints.assertRefusedWhileNoKeyIsConfigured("GET", "/dead-letters");
    }

    @Test
    void readersEndpointsStillAnswer() {
        given().when().get("/articles").then().statusCode(200);
    }
}
