package io.herald.wechat.sandbox;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The sandbox's settings, {@code herald.wechat-sandbox.*}; see application.properties for each one's meaning. */
@ConfigMapping(prefix = "herald.wechat-sandbox")
public interface SandboxConfig {

    /** Base of the addresses the sandbox hands out (image URLs, article URLs), e.g. http://localhost:8089. */
    String publicBaseUrl();

    /** The official accounts the sandbox knows, by name. */
    Map<String, Account> accounts();

    Token token();

    Publish publish();

    Callback callback();

    /** The Bearer key the switches ({@code /sandbox/…}) need; absent: the switches are refused. */
    Optional<String> operatorKey();

    /**
     * Where the sandbox keeps its images, drafts, publishing jobs and daily call counts across restarts; absent: in
     * memory only, forgotten when it stops. Access tokens and switches are never kept.
     */
    Optional<Path> dataDir();

    /** One official account: its AppID and AppSecret. */
    interface Account {
        String appId();

        String appSecret();
    }

    /** Access tokens from {@code stable_token}. */
    interface Token {
        /** How long a token lives; WeChat says 7200 seconds. */
        @WithDefault("7200s")
        Duration expiresIn();

        /**
         * Normal mode renews a token this long before it expires (WeChat: 5 minutes); the old token stays valid
         * until its own expiry.
         */
        @WithDefault("5m")
        Duration renewBefore();

        /** {@code force_refresh} calls allowed per account and day; WeChat allows 20. */
        @WithDefault("20")
        int forceRefreshDailyLimit();

        /** A force_refresh sooner than this after the last one does not refresh (WeChat: 30 seconds). */
        @WithDefault("30s")
        Duration forceRefreshInterval();
    }

    /** Publishing jobs from {@code freepublish/submit}. */
    interface Publish {
        /** How long a job answers publish_status 1 (publishing) before its final status. */
        @WithDefault("3s")
        Duration duration();

        /** {@code draft/add} and {@code freepublish/submit} calls allowed per account and day before 45009. */
        @WithDefault("1000")
        int dailyLimit();
    }

    /** The server URL that receives PUBLISHJOBFINISH events, as set in WeChat's backend. */
    interface Callback {
        /** Absent: no events are pushed (an operator may set one at run time, POST /sandbox/callback). */
        Optional<String> url();

        /** The token both sides know; signature = sha1 of token, timestamp and nonce sorted and joined. */
        @WithDefault("herald-sandbox-token")
        String token();
    }
}
