package io.herald.wechat.sandbox;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** With no operator key configured the switches are refused, whatever key is sent; WeChat's API still answers. */
@QuarkusTest
@TestProfile(SwitchesClosedWithoutKeyTest.NoOperatorKey.class)
class SwitchesClosedWithoutKeyTest {

    /** The sandbox as it starts when nobody set an operator key. */
    public static class NoOperatorKey implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("herald.wechat-sandbox.operator-key", "");
        }
    }

    @Test
    void theSwitchesAreRefused() {
        given().auth().oauth2(WechatCalls.OPERATOR_KEY).post("/sandbox/faults/busy").then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:herald:problem:operator-keys-not-configured"));
        WechatCalls.token();
    }
}
