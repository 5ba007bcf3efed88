package io.herald.wechat.sandbox;

import static io.herald.wechat.sandbox.WechatCalls.APP_ID;
import static io.herald.wechat.sandbox.WechatCalls.SECRET;
import static io.herald.wechat.sandbox.WechatCalls.call;
import static io.herald.wechat.sandbox.WechatCalls.operator;
import static io.herald.wechat.sandbox.WechatCalls.stableToken;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class StableTokenTest {

    private static final Map<String, Object> NORMAL = Map.of("grant_type", "client_credential", "appid", APP_ID,
            "secret", SECRET);
    private static final Map<String, Object> FORCE = Map.of("grant_type", "client_credential", "appid", APP_ID,
            "secret", SECRET, "force_refresh", true);

    @BeforeEach
    void reset() {
        WechatCalls.reset();
    }

    @Test
    void normalModeAnswersTheSameTokenUntilItExpires() {
        String first = stableToken(NORMAL).body("expires_in", equalTo(7200)).extract().path("access_token");
        String second = stableToken(NORMAL).extract().path("access_token");

        assertEquals(first, second);
        call("draft/count", first, Map.of()).body("errcode", equalTo(0)).body("total_count", equalTo(0));
    }

    @Test
    void forceRefreshIssuesANewTokenAndTheOldOneIsInvalid() {
        String old = WechatCalls.token();
        String fresh = stableToken(FORCE).extract().path("access_token");

        assertNotEquals(old, fresh);
        call("draft/count", old, Map.of()).body("errcode", equalTo(40001));
        call("draft/count", fresh, Map.of()).body("errcode", equalTo(0));
    }

    @Test
    void forceRefreshBeyondTheDailyLimitIs45009() {
        for (int i = 0; i < 3; i++) {
            stableToken(FORCE).body("access_token", notNullValue());
        }
        stableToken(FORCE).body("errcode", equalTo(45009)).body("errmsg", startsWith("reach max api daily quota"));
    }

    @Test
    void wrongCredentialsAnswerWechatsErrcodesWithHttp200() {
        stableToken(Map.of("grant_type", "password", "appid", APP_ID, "secret", SECRET))
                .contentType(ContentType.JSON).body("errcode", equalTo(40002));
        stableToken(Map.of("grant_type", "client_credential", "appid", "wxunknown", "secret", SECRET))
                .body("errcode", equalTo(40013)).body("errmsg", equalTo("invalid appid"));
        stableToken(Map.of("grant_type", "client_credential", "appid", APP_ID, "secret", "wrong"))
                .body("errcode", equalTo(40125));
        given().contentType(ContentType.JSON).body("{not json").post("/cgi-bin/stable_token").then()
                .statusCode(200).body("errcode", equalTo(47001));
    }

    @Test
    void eachAccountHasItsOwnToken() {
        String second = stableToken(Map.of("grant_type", "client_credential", "appid", "wx0000000000second",
                "secret", "second-app-secret")).extract().path("access_token");

        assertNotEquals(WechatCalls.token(), second);
    }

    @Test
    void everyCallChecksItsToken() {
        given().post("/cgi-bin/draft/count").then().statusCode(200).body("errcode", equalTo(41001));
        call("draft/count", "not-a-token", Map.of()).body("errcode", equalTo(40001));
    }

    @Test
    void expiredTokensAnswer42001AndNormalModeThenIssuesANewOne() {
        String token = WechatCalls.token();
        operator().post("/sandbox/faults/expire-tokens").then().statusCode(200);

        call("draft/count", token, Map.of()).body("errcode", equalTo(42001))
                .body("errmsg", equalTo("access_token expired"));
        stableToken(NORMAL).body("access_token", not(equalTo(token)));
    }

    @Test
    void busyAnswersMinusOneForTheNextCallsOnly() {
        operator().contentType(ContentType.JSON).body(Map.of("calls", 2)).post("/sandbox/faults/busy").then()
                .statusCode(200).body("busyCalls", equalTo(2));

        stableToken(NORMAL).body("errcode", equalTo(-1)).body("errmsg", equalTo("system error"));
        stableToken(NORMAL).body("errcode", equalTo(-1));
        stableToken(NORMAL).body("access_token", notNullValue());
    }
}
