package io.herald.wechat.sandbox.token;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.herald.wechat.sandbox.api.WechatError;
import io.herald.wechat.sandbox.api.WechatJson;
import io.herald.wechat.sandbox.fault.Faults;

/**
 * {@code POST /cgi-bin/stable_token} {grant_type: client_credential, appid, secret, force_refresh?} → {access_token,
 * expires_in}; 40002 for another grant type, 40013 for an unknown AppID, 40125 for a wrong secret, 45009 for a
 * force_refresh beyond the daily limit.
 */
@Path("/cgi-bin/stable_token")
public class StableTokenResource {

    private final Accounts accounts;
    private final TokenStore tokens;
    private final Faults faults;
    private final WechatJson json;

    StableTokenResource(Accounts accounts, TokenStore tokens, Faults faults, WechatJson json) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.faults = faults;
        this.json = json;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> stableToken(String body) {
        faults.failIfBusy();
        Request request = json.read(body, Request.class);
        if (!"client_credential".equals(request.grantType())) {
            throw WechatError.INVALID_GRANT_TYPE.exception();
        }
        Account account = accounts.byAppId(request.appId()).orElseThrow(WechatError.INVALID_APPID::exception);
        if (!account.secret().equals(request.secret())) {
            throw WechatError.INVALID_APPSECRET.exception();
        }
        TokenStore.Grant grant = tokens.grant(account, Boolean.TRUE.equals(request.forceRefresh()));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("access_token", grant.accessToken());
        answer.put("expires_in", grant.expiresIn());
        return answer;
    }

    record Request(@JsonProperty("grant_type") String grantType, @JsonProperty("appid") String appId, String secret,
            @JsonProperty("force_refresh") Boolean forceRefresh) {
    }
}
