package io.herald.render;

import java.net.URI;
import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings under {@code herald.render}. */
@ConfigMapping(prefix = "herald.render")
public interface RenderConfig {

    /** Where readers reach this service's pages: canonical links and WeChat's "read more" point here. */
    @WithDefault("http://localhost:8083")
    URI publicBaseUrl();

    Wechat wechat();

    Outbox outbox();

    Rerender rerender();

    interface Wechat {

        /**
         * Longest digest made, in Unicode code points: 120, the editor's own cut (WeChat's limit, {@link
         * Limits#digestCharacters()}, is 128; a longer setting makes every article with a long body unpublishable).
         */
        @WithDefault("120")
        int digestLength();

        /** Whether readers may comment ({@code need_open_comment} 1 or 0). */
        @WithDefault("false")
        boolean needOpenComment();

        /** Whether only followers may comment ({@code only_fans_can_comment} 1 or 0). */
        @WithDefault("false")
        boolean onlyFansCanComment();

        /** Reading speed for Chinese, Japanese and Korean characters. */
        @WithDefault("400")
        int cjkCharactersPerMinute();

        /** Reading speed for words in other scripts (Latin letters, digits). */
        @WithDefault("200")
        int latinWordsPerMinute();

        Limits limits();

        /** WeChat's {@code draft/add} limits; an article beyond one is marked not publishable, never cut to fit. */
        interface Limits {

            /** Most characters (code points) in {@code title}. */
            @WithDefault("32")
            int titleCharacters();

            /** Most characters (code points) in {@code author}. */
            @WithDefault("16")
            int authorCharacters();

            /** Most characters (code points) in {@code digest}. */
            @WithDefault("128")
            int digestCharacters();

            /** {@code content} must have fewer characters (code points) than this, its HTML markup included. */
            @WithDefault("20000")
            int contentCharacters();

            /** {@code content} must be smaller than this in UTF-8 bytes (WeChat's "1M", taken as 1,000,000). */
            @WithDefault("1000000")
            int contentBytes();

            /** Most UTF-8 bytes in {@code content_source_url} (WeChat's 1 KB). */
            @WithDefault("1024")
            int contentSourceUrlBytes();
        }
    }

    interface Outbox {

        /** How often the relay looks for pending events; read by {@code @Scheduled} under the same key. */
        @WithDefault("1s")
        Duration pollInterval();

        /** Most events one relay run sends. */
        @WithDefault("100")
        int batchSize();

        /** How long one send may wait for Kafka's acknowledgement before the run stops and retries later. */
        @WithDefault("10s")
        Duration sendTimeout();
    }

    interface Rerender {

        /** Renditions re-rendered in one transaction (locked meanwhile); {@code HERALD_RENDER_RERENDER_BATCH_SIZE}. */
        @WithDefault("100")
        int batchSize();
    }
}
