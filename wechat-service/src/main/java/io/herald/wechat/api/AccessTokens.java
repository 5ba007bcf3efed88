package io.herald.wechat.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import io.herald.wechat.config.WechatConfig;

/**
 * Access tokens from {@code cgi-bin/stable_token}, one per account, each used until {@code
 * herald.wechat.tokens.refresh-margin} before WeChat said it expires. Normal mode by default, which gives every
 * caller the same token while it is valid; {@code force_refresh} (limited by WeChat to a few calls a day) only
 * when asked for, after a fresh token failed too. Shared by the delivery workers: one token is fetched at a time, and
 * each is kept until it is due for renewal or a call says it is no longer valid.
 */
@ApplicationScoped
public class AccessTokens {

    private record Token(String value, Instant refreshAt) {
    }

    private final Map<String, Token> tokens = new ConcurrentHashMap<>();
    private final WechatHttp http;
    private final WechatConfig config;
    private final Clock clock = Clock.systemUTC();

    AccessTokens(WechatHttp http, WechatConfig config) {
        this.http = http;
        this.config = config;
    }

    /** The account's token, from the cache while it is fresh. */
    public String token(String account) {
        Token cached = fresh(account);
        return cached != null ? cached.value() : fetch(account, false);
    }

    /** When the token held for the account is renewed; empty while none is held. */
    public Optional<Instant> refreshAt(String account) {
        return Optional.ofNullable(tokens.get(account)).map(Token::refreshAt);
    }

    /** Forgets the account's token if it is still {@code used}: a token another call already renewed stays. */
    public void expire(String account, String used) {
        tokens.computeIfPresent(account, (name, cached) -> cached.value().equals(used) ? null : cached);
    }

    /**
     * A new token from {@code stable_token} with {@code force_refresh}, which invalidates the old one, because
     * {@code failed} failed although fresh; but if another call renewed the token meanwhile (another worker whose
     * token failed too), that one: calls that fail at once force one refresh, not one each.
     */
    public synchronized String forceRefresh(String account, String failed) {
        Token cached = fresh(account);
        return cached != null && !cached.value().equals(failed) ? cached.value() : fetch(account, true);
    }

    private synchronized String fetch(String account, boolean forceRefresh) {
        Token cached = fresh(account);
        if (!forceRefresh && cached != null) {
            return cached.value();
        }
        WechatConfig.Account credentials = config.account(account)
                .orElseThrow(() -> new IllegalArgumentException("no WeChat account " + account));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("grant_type", "client_credential");
        body.put("appid", credentials.appId());
        body.put("secret", credentials.appSecret());
        body.put("force_refresh", forceRefresh);
        JsonNode answer = http.postJson("/cgi-bin/stable_token", Map.of(), body);
        String value = answer.path("access_token").asText("");
        if (value.isEmpty()) {
            throw new WechatException("/cgi-bin/stable_token", "no access_token in the answer", null);
        }
        Duration lifetime = Duration.ofSeconds(answer.path("expires_in").asLong(7200));
        Duration margin = config.tokens().refreshMargin();
        Duration usable = lifetime.compareTo(margin.multipliedBy(2)) > 0 ? lifetime.minus(margin) : lifetime.dividedBy(2);
        tokens.put(account, new Token(value, clock.instant().plus(usable)));
        return value;
    }

    /** The token held for the account while it is fresh, else null. */
    private Token fresh(String account) {
        Token cached = tokens.get(account);
        return cached != null && clock.instant().isBefore(cached.refreshAt()) ? cached : null;
    }
}
