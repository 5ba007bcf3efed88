package io.herald.wechat.sandbox.token;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.herald.wechat.sandbox.SandboxConfig;
import io.herald.wechat.sandbox.api.WechatError;

/**
 * Access tokens as {@code stable_token} hands them out, in memory. Normal mode answers the account's current token
 * until {@code renew-before} its expiry, then a new one (the old one stays valid until it expires). force_refresh
 * replaces it at once (the old one is then invalid, 40001) and counts against a daily limit (45009 beyond); one
 * sooner than {@code force-refresh-interval} after the last does not refresh. A token is checked on every call:
 * unknown or replaced 40001, expired 42001.
 */
@ApplicationScoped
public class TokenStore {

    /** WeChat's days run on China Standard Time. */
    private static final ZoneId WECHAT_DAYS = ZoneId.of("Asia/Shanghai");

    private final SandboxConfig.Token config;
    private final Clock clock = Clock.systemUTC();
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Issued> byToken = new HashMap<>();
    private final Map<String, Issued> currentByAppId = new HashMap<>();
    private final Map<String, Integer> forceRefreshes = new HashMap<>();
    private final Map<String, Instant> lastForceRefresh = new HashMap<>();
    private LocalDate forceRefreshDay;

    TokenStore(SandboxConfig config) {
        this.config = config.token();
    }

    /** The account's token and the seconds it has left. */
    public synchronized Grant grant(Account account, boolean forceRefresh) {
        Instant now = clock.instant();
        Issued current = currentByAppId.get(account.appId());
        if (forceRefresh && current != null && refreshedWithin(account, now)) {
            return new Grant(current.token(), secondsLeft(current, now));
        }
        if (forceRefresh) {
            countForceRefresh(account, now);
            lastForceRefresh.put(account.appId(), now);
            if (current != null) {
                byToken.remove(current.token());
            }
        } else if (current != null && now.isBefore(current.expiresAt().minus(config.renewBefore()))) {
            return new Grant(current.token(), secondsLeft(current, now));
        }
        Issued issued = new Issued(newToken(), account.appId(), now.plus(config.expiresIn()));
        byToken.put(issued.token(), issued);
        currentByAppId.put(account.appId(), issued);
        return new Grant(issued.token(), secondsLeft(issued, now));
    }

    /** The AppID the token belongs to; throws 41001, 40001 or 42001 when the token does not allow a call. */
    public synchronized String appIdOf(String token) {
        if (token == null || token.isEmpty()) {
            throw WechatError.ACCESS_TOKEN_MISSING.exception();
        }
        Issued issued = byToken.get(token);
        if (issued == null) {
            throw WechatError.INVALID_CREDENTIAL.exception();
        }
        if (!clock.instant().isBefore(issued.expiresAt())) {
            throw WechatError.ACCESS_TOKEN_EXPIRED.exception();
        }
        return issued.appId();
    }

    /** Expires every token issued so far: its next use answers 42001, normal mode then issues a new one. */
    public synchronized void expireAll() {
        Instant now = clock.instant();
        byToken.replaceAll((token, issued) -> issued.expiredAt(now));
        currentByAppId.replaceAll((appId, issued) -> byToken.get(issued.token()));
    }

    public synchronized void clear() {
        byToken.clear();
        currentByAppId.clear();
        forceRefreshes.clear();
        lastForceRefresh.clear();
    }

    private boolean refreshedWithin(Account account, Instant now) {
        Instant last = lastForceRefresh.get(account.appId());
        return last != null && now.isBefore(last.plus(config.forceRefreshInterval()));
    }

    private void countForceRefresh(Account account, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, WECHAT_DAYS);
        if (!today.equals(forceRefreshDay)) {
            forceRefreshes.clear();
            forceRefreshDay = today;
        }
        int used = forceRefreshes.merge(account.appId(), 1, Integer::sum);
        if (used > config.forceRefreshDailyLimit()) {
            throw WechatError.DAILY_QUOTA.exception("force_refresh allowed %d times a day"
                    .formatted(config.forceRefreshDailyLimit()));
        }
    }

    private String newToken() {
        byte[] bytes = new byte[48];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static long secondsLeft(Issued issued, Instant now) {
        return Math.max(0, issued.expiresAt().getEpochSecond() - now.getEpochSecond());
    }

    /** A token granted: {@code access_token} and {@code expires_in}. */
    public record Grant(String accessToken, long expiresIn) {
    }

    private record Issued(String token, String appId, Instant expiresAt) {
        Issued expiredAt(Instant now) {
            return new Issued(token, appId, now);
        }
    }
}
