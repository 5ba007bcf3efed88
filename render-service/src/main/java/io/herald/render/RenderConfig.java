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

    interface Rerender {

        /** Renditions re-rendered in one transaction (locked meanwhile); {@code HERALD_RENDER_RERENDER_BATCH_SIZE}. */
        @WithDefault("100")
        int batchSize();
    }
}
