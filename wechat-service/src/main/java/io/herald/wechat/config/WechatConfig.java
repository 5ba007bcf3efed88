package io.herald.wechat.config;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * {@code herald.wechat.*}: where WeChat's API is, the official accounts that take Herald's articles (each all of
 * them, or those of its publications, sources and sections), and how long the channel waits between attempts. Every account is configured by name, e.g.
 * {@code HERALD_WECHAT_ACCOUNTS_NEWSROOM_APP_ID}; no secret has a default.
 */
@ConfigMapping(prefix = "herald.wechat")
public interface WechatConfig {

    /** WeChat's API, or a stand-in for it (the sandbox, a test server). */
    @WithDefault("https://api.weixin.qq.com")
    String apiUrl();

    /** The official accounts, by name. */
    Map<String, Account> accounts();

    /** Access tokens. */
    Tokens tokens();

    /** Attempts and backoff of failed WeChat calls. */
    Retry retry();

    /** The delivery workers. */
    Delivery delivery();

    /** Pictures fetched from the article's addresses. */
    Pictures pictures();

    /** The consumer of articles.rendered. */
    Consume consume();

    /** One official account. */
    interface Account {

        /** The account's AppID. */
        String appId();

        /** The account's AppSecret. */
        String appSecret();

        /** What the channel does with a publishable article. */
        @WithDefault("draft")
        Policy policy();

        /**
         * The cover of articles without a picture of their own (WeChat requires one): an http(s) address of a JPG or
         * PNG image.
         */
        Optional<String> defaultCover();

        /**
         * The Token of the account's server configuration in WeChat's backend, by which WeChat signs the events it
         * pushes ({@code PUBLISHJOBFINISH}); without it the account's callback is refused.
         */
        Optional<String> callbackToken();

        /**
         * The publications (masthead names, e.g. 中国高新技术产业导报) whose articles the account takes; unset: all.
         * See {@link AccountScope}.
         */
        Optional<Set<String>> publications();

        /** The newsroom systems (e.g. {@code superdesk}) whose articles the account takes; unset: all. */
        Optional<Set<String>> sources();

        /** The sections (e.g. 要闻) whose articles the account takes; unset: all. */
        Optional<Set<String>> sections();
    }

    /** What the channel does with each publishable article of an account. */
    enum Policy {
        /** Creates and updates drafts; editors publish them from WeChat's backend. */
        DRAFT,
        /** Submits each draft with freepublish/submit and follows it until WeChat's final status. */
        PUBLISH
    }

    /** Access tokens. */
    interface Tokens {

        /** A cached token is used until this long before WeChat said it expires. */
        @WithDefault("5m")
        Duration refreshMargin();
    }

    /** Attempts and backoff of failed WeChat calls. */
    interface Retry {

        /** The most attempts of an article on an account before it fails (errors WeChat may recover from). */
        @WithDefault("8")
        int maxAttempts();

        /** The wait after the first failed attempt; it doubles with each attempt. */
        @WithDefault("2s")
        Duration backoff();

        /** The longest wait between two attempts. */
        @WithDefault("10m")
        Duration maxBackoff();

        /** How long to wait after 45011 (API minute-quota) before calling again. */
        @WithDefault("1m")
        Duration rateLimitBackoff();

        /** The first wait before asking freepublish/get again; it doubles until {@link #maxBackoff()}. */
        @WithDefault("5s")
        Duration publishPoll();

        /**
         * How long a freepublish/submit left without an answer (a crash, a lost connection) is looked for among the
         * account's published articles before its draft, if still in the draft box, is submitted again: longer than
         * WeChat takes to end a publishing job, so that no draft is published twice.
         */
        @WithDefault("30m")
        Duration unansweredSubmitWait();

        /**
         * How long freepublish/get may answer 1 (publishing) after a submit before the article fails, naming the
         * publish id; an operator's retry looks again for as long.
         */
        @WithDefault("24h")
        Duration publishTimeout();
    }

    /** The delivery workers. */
    interface Delivery {

        /** How many deliveries one instance advances at once, each worker on its own thread. */
        @WithDefault("4")
        int workers();

        /** How often the idle workers look for due deliveries. */
        @WithDefault("1s")
        Duration interval();

        /** How long one worker holds an article's row while it calls WeChat for it. */
        @WithDefault("5m")
        Duration lease();

        /** On shutdown, how long the turns under way may take to end; one still running then is left to its lease. */
        @WithDefault("10s")
        Duration shutdownWait();
    }

    /** Pictures fetched from the article's addresses. */
    interface Pictures {

        /** How long to wait for a picture. */
        @WithDefault("30s")
        Duration fetchTimeout();

        /** The largest picture fetched, in bytes; a larger one fails the article. */
        @WithDefault("20971520")
        long maxFetchBytes();
    }

    /** The consumer of articles.rendered. */
    interface Consume {

        /** While the database does not answer, a record waits and is applied again this often. */
        @WithDefault("2s")
        Duration databaseRetry();
    }

    /** Finds an account by name. */
    default Optional<Account> account(String name) {
        return Optional.ofNullable(accounts().get(name));
    }
}
