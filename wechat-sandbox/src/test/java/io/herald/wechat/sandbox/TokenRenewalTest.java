package io.herald.wechat.sandbox;

import static io.herald.wechat.sandbox.WechatCalls.APP_ID;
import static io.herald.wechat.sandbox.WechatCalls.SECRET;
import static io.herald.wechat.sandbox.WechatCalls.call;
import static io.herald.wechat.sandbox.WechatCalls.stableToken;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * WeChat's timing rules of stable_token with WeChat's own settings, tokens living 4 minutes: they are always within
 * the 5 minutes before expiry in which normal mode renews, and force_refresh is 30 seconds apart at least.
 */
@QuarkusTest
@TestProfile(TokenRenewalTest.ShortTokens.class)
class TokenRenewalTest {

    /** Tokens living 4 minutes, renewed 5 minutes before expiry; force_refresh at most every 30 seconds. */
    public static class ShortTokens implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("herald.wechat-sandbox.token.expires-in", "4m",
                    "herald.wechat-sandbox.token.force-refresh-interval", "30s");
        }
    }

    @BeforeEach
    void reset() {
        WechatCalls.reset();
    }

    @Test
    void normalModeRenewsATokenNearItsExpiryAndTheOldOneStaysValid() {
        String old = WechatCalls.token();
        String renewed = WechatCalls.token();

        assertNotEquals(old, renewed);
        call("draft/count", old, Map.of()).body("errcode", equalTo(0));
        call("draft/count", renewed, Map.of()).body("errcode", equalTo(0));
    }

    @Test
    void aSecondForceRefreshWithin30SecondsDoesNotRefresh() {
        Map<String, Object> force = Map.of("grant_type", "client_credential", "appid", APP_ID, "secret", SECRET,
                "force_refresh", true);
        String first = stableToken(force).extract().path("access_token");
        String second = stableToken(force).extract().path("access_token");

        assertEquals(first, second);
        call("draft/count", first, Map.of()).body("errcode", equalTo(0));
    }
}
