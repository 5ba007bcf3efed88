package io.herald.console.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;

import io.herald.console.WireMockServices;
import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.herald.service.operator.testing.NoOperatorKeys;
import io.herald.service.operator.testing.OperatorEndpoints;
import io.herald.service.operator.testing.TestOperator;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** With no operator key configured the console refuses everyone, never opens. */
@QuarkusTest
@TestProfile(NoOperatorKeys.class)
@RealBrokerAndDatabase
@WithTestResource(WireMockServices.class)
class OperatorKeysUnsetTest {

    @Test
    void everyPageIsRefusedWithOrWithoutAKey() {
        OperatorEndpoints.assertRefusedWhileNoKeyIsConfigured("GET", "/pipeline");
        OperatorEndpoints.assertRefusedWhileNoKeyIsConfigured("POST", "/dead-letters/render/redrive");
    }

    @Test
    void theLoginFormSaysSoAndOpensNoSession() {
        given().get("/login").then().statusCode(200).body(containsString("No operator key is configured"));
        given().formParam("key", TestOperator.KEY).post("/login").then().statusCode(403)
                .body(containsString("No operator key is configured"));
    }
}
