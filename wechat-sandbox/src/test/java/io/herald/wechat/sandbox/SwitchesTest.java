package io.herald.wechat.sandbox;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The operators' switches answer bad input as Herald does: 400 with a problem naming the field and its rule. */
@QuarkusTest
class SwitchesTest {

    @BeforeEach
    void reset() {
        WechatCalls.reset();
    }

    @Test
    void busyNeedsAWholeNumberOfCalls() {
        given().contentType(ContentType.JSON).body(Map.of("calls", -1)).post("/sandbox/faults/busy").then()
                .statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:herald:problem:invalid-request"))
                .body("errors[0].field", equalTo("calls"))
                .body("errors[0].rule", equalTo("must be a whole number from 0"));
    }

    @Test
    void reviewRejectionTakesFailureStatusesOnly() {
        given().contentType(ContentType.JSON).body(Map.of("publishStatus", 0))
                .post("/sandbox/faults/review-rejection").then().statusCode(400)
                .body("errors[0].field", equalTo("publishStatus"));
        given().get("/sandbox/faults").then().body("reviewRejectionStatus", equalTo(null));
    }

    @Test
    void quotaAndCallbackCheckTheirFields() {
        given().contentType(ContentType.JSON).body(Map.of("reached", "yes")).post("/sandbox/faults/quota").then()
                .statusCode(400).body("errors[0].field", equalTo("reached"));
        given().contentType(ContentType.JSON).body(Map.of("url", "ftp://x")).post("/sandbox/callback").then()
                .statusCode(400).body("errors[0].field", equalTo("url"));
        given().contentType(ContentType.JSON).body("[]").post("/sandbox/callback").then()
                .statusCode(400).body("errors[0].rule", equalTo("the body must be a JSON object"));
    }

    @Test
    void resetTurnsEverySwitchOff() {
        given().contentType(ContentType.JSON).body(Map.of("calls", 5)).post("/sandbox/faults/busy");
        given().contentType(ContentType.JSON).body(Map.of("reached", true)).post("/sandbox/faults/quota");
        given().post("/sandbox/faults/review-rejection");

        given().post("/sandbox/faults/reset").then().statusCode(200)
                .body("busyCalls", equalTo(0)).body("quotaReached", equalTo(false))
                .body("reviewRejectionStatus", equalTo(null));
    }
}
