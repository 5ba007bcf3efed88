package io.herald.render;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings under {@code herald.render}. */
@ConfigMapping(prefix = "herald.render")
public interface RenderConfig {

    /** Where readers reach this service's pages: canonical links and WeChat's "read more" point here. */
    @WithDefault("http://localhost:8083")
    URI publicBaseUrl();

    Web web();

    Wechat wechat();

    Outbox outbox();

    interface Web {

        /** The site's name: {@code og:site_name}, the feeds' title, and the publisher of articles without a publication. */
        @WithDefault("Herald")
        String siteName();

        /** The publisher's logo in NewsArticle JSON-LD, an http(s) URL; none by default. */
        Optional<URI> publisherLogoUrl();

        /** Longest page description ({@code og:description}, feed summaries), in Unicode code points. */
        @WithDefault("120")
        int descriptionLength();

        /** How many of the newest visible articles the RSS and Atom feeds list. */
        @WithDefault("50")
        int feedSize();

        /** How far back the Google News sitemap reaches, by the articles' first creation (Google: 2 days). */
        @WithDefault("2d")
        Duration sitemapWindow();

        /** Most articles in the Google News sitemap (Google: 1,000). */
        @WithDefault("1000")
        int sitemapSize();
    }

    interface Wechat {

        /** Longest digest, in Unicode code points (WeChat allows 128). */
        @WithDefault("120")
        int digestLength();
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
}
