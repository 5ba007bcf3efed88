package io.herald.wechat.sandbox.token;

import jakarta.enterprise.context.ApplicationScoped;

import io.herald.wechat.sandbox.fault.Faults;

/**
 * What every WeChat call goes through first: a busy switch answers -1, then the access token must be valid (41001,
 * 40001, 42001). Yields the calling account's AppID.
 */
@ApplicationScoped
public class AccessGuard {

    private final Faults faults;
    private final TokenStore tokens;

    AccessGuard(Faults faults, TokenStore tokens) {
        this.faults = faults;
        this.tokens = tokens;
    }

    /** The AppID the call is made for. */
    public String admit(String accessToken) {
        faults.failIfBusy();
        return tokens.appIdOf(accessToken);
    }
}
