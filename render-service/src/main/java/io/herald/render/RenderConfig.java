package io.herald.render;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings under {@code herald.render}. */
@ConfigMapping(prefix = "herald.render")
public interface RenderConfig {

    /** Where readers reach this service's pages: canonical links and WeChat's "read more" point here. */
    @WithDefault("http://localhost:8083")
    URI publicBaseUrl();

    Web web();

    Consume consume();

    DeadLetters deadLetters();

    Wechat wechat();

    Outbox outbox();

    Embargo embargo();

    Rerender rerender();

    interface Consume {

        /** How long a batch of events waits before it is rendered again while the database does not answer. */
        @WithDefault("2s")
        Duration databaseRetry();

        /** Threads that render a poll's articles in parallel; one per core when unset. */
        OptionalInt renderThreads();
    }

    interface DeadLetters {

        /** How long a batch waits for Kafka to acknowledge its dead letters before the channel fails. */
        @WithDefault("30s")
        Duration sendTimeout();
    }

    interface Web {

        /**
         * The site's name ({@code HERALD_RENDER_WEB_SITE_NAME}): page titles, site bars, {@code og:site_name}, the
         * feeds' titles, the home and problem pages, the publisher of articles without a publication. Unset or empty:
         * the publication's name ({@link io.herald.render.text.SiteName}).
         */
        Optional<String> siteName();

        /** The publisher's logo in NewsArticle JSON-LD, an http(s) URL; none by default. */
        Optional<URI> publisherLogoUrl();

        /** Longest page description ({@code og:description}, feed summaries), in Unicode code points. */
        @WithDefault("120")
        int descriptionLength();

        /** How many of the newest visible articles the RSS and Atom feeds and the home page list. */
        @WithDefault("50")
        int feedSize();

        /** How far back the Google News sitemap reaches, by the articles' publication time (Google: 2 days). */
        @WithDefault("2d")
        Duration sitemapWindow();

        /** Most articles in the Google News sitemap (Google: 1,000). */
        @WithDefault("1000")
        int sitemapSize();
    }

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

        /** Most events one relay run sends, all at once before it awaits their acknowledgements. */
        @WithDefault("100")
        int batchSize();

        /**
         * How long a run awaits the acknowledgements of its batch; an event not acknowledged by then is sent again on
         * a later run.
         */
        @WithDefault("10s")
        Duration sendTimeout();
    }

    interface Embargo {

        /**
         * How often embargoed articles whose embargo passed are looked for and announced as published; read by
         * {@code @Scheduled} under the same key ({@code HERALD_RENDER_EMBARGO_RELEASE_INTERVAL}).
         */
        @WithDefault("10s")
        Duration releaseInterval();

        /** Most articles released in one transaction. */
        @WithDefault("100")
        int batchSize();
    }

    interface Rerender {

        /** Renditions re-rendered in one transaction (locked meanwhile); {@code HERALD_RENDER_RERENDER_BATCH_SIZE}. */
        @WithDefault("100")
        int batchSize();
    }
}
