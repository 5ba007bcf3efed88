package io.herald.wechat.sandbox;

import static io.herald.wechat.sandbox.WechatCalls.operator;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The operators' switches need the operator key and answer bad input as Herald does: 400 with a problem naming the
 * field and its rule.
 */
@QuarkusTest
class SwitchesTest {

    @BeforeEach
    void reset() {
        WechatCalls.reset();
    }

    @Test
    void busyNeedsAWholeNumberOfCalls() {
        operator().contentType(ContentType.JSON).body(Map.of("calls", -1)).post("/sandbox/faults/busy").then()
                .statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:herald:problem:invalid-request"))
                .body("errors[0].field", equalTo("calls"))
                .body("errors[0].rule", equalTo("must be a whole number from 0"));
    }

    @Test
    void reviewRejectionTakesFailureStatusesOnly() {
        operator().contentType(ContentType.JSON).body(Map.of("publishStatus", 0))
                .post("/sandbox/faults/review-rejection").then().statusCode(400)
                .body("errors[0].field", equalTo("publishStatus"));
        operator().get("/sandbox/faults").then().body("reviewRejectionStatus", equalTo(null));
    }

    @Test
    void quotaAndCallbackCheckTheirFields() {
        operator().contentType(ContentType.JSON).body(Map.of("reached", "yes")).post("/sandbox/faults/quota").then()
                .statusCode(400).body("errors[0].field", equalTo("reached"));
        operator().contentType(ContentType.JSON).body(Map.of("url", "ftp://x")).post("/sandbox/callback").then()
                .statusCode(400).body("errors[0].field", equalTo("url"));
        operator().contentType(ContentType.JSON).body("[]").post("/sandbox/callback").then()
                .statusCode(400).body("errors[0].rule", equalTo("the body must be a JSON object"));
    }

    @Test
    void resetTurnsEverySwitchOff() {
        operator().contentType(ContentType.JSON).body(Map.of("calls", 5)).post("/sandbox/faults/busy");
        operator().contentType(ContentType.JSON).body(Map.of("reached", true)).post("/sandbox/faults/quota");
        operator().post("/sandbox/faults/review-rejection");

        operator().post("/sandbox/faults/reset").then().statusCode(200)
                .body("busyCalls", equalTo(0)).body("quotaReached", equalTo(false))
                .body("reviewRejectionStatus", equalTo(null));
    }

    @Test
    void theSwitchesNeedTheOperatorKey() {
        given().post("/sandbox/faults/busy").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo("urn:herald:problem:operator-key-missing"));
        given().auth().oauth2("guessed").post("/sandbox/reset").then().statusCode(403)
                .body("type", equalTo("urn:herald:problem:operator-key-refused"));
        given().get("/sandbox/faults").then().statusCode(401);
        operator().get("/sandbox/faults").then().statusCode(200).body("busyCalls", equalTo(0));
    }

    @Test
    void weChatsApiAndTheArticlePagesNeedNoOperatorKey() {
        given().get("/").then().statusCode(200);
        WechatCalls.token();
    }
}
