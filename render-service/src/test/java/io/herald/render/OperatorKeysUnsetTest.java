package io.herald.render;

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
        OperatorEndpoints.assertRefusedWhileNoKeyIsConfigured("POST", "/admin/rerender");
        OperatorEndpoints.assertRefusedWhileNoKeyIsConfigured("GET", "/admin/rerender");
    }

    @Test
    void readersEndpointsStillAnswer() {
        given().when().get("/feeds/rss.xml").then().statusCode(200);
    }
}
