package io.herald.console;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * {@code herald.console.*}: the topics and consumers the console watches, the services it calls and how it reads
 * Kafka. Every value has a default in application.properties and an environment override, e.g.
 * {@code HERALD_CONSOLE_SERVICES_CATALOG_URL} or {@code HERALD_CONSOLE_CONSUMERS_WECHAT_GROUP}.
 */
@ConfigMapping(prefix = "herald.console")
public interface ConsoleConfig {

    /** The pipeline's two topics. */
    Topics topics();

    /** The pipeline's consumers by name ({@code catalog}, {@code render}, {@code wechat}), shown in name order. */
    Map<String, Consumer> consumers();

    /** The other services, which the console calls with its own operator key. */
    Services services();

    /** How the console reads Kafka. */
    Reading kafka();

    /** The browser's operator session. */
    Session session();

    /** The consumers in name order. */
    default SortedMap<String, Consumer> consumersByName() {
        return new TreeMap<>(consumers());
    }

    /** The consumer named {@code name}, if configured. */
    default Optional<Consumer> consumer(String name) {
        return Optional.ofNullable(consumers().get(name));
    }

    /** The stretch of time the pipeline's counts cover, e.g. the last hour. */
    @WithDefault("1h")
    Duration window();

    /** How often an open page asks for its live figures again. */
    @WithDefault("5s")
    Duration refresh();

    /** The pipeline's topics. */
    interface Topics {

        /** What ingest writes: every accepted revision. */
        String submitted();

        /** What render writes: every rendered revision. */
        String rendered();
    }

    /** One consumer group of the pipeline, the topic it reads and where it parks what it cannot apply. */
    interface Consumer {

        /** Its consumer group id. */
        String group();

        /** The topic it consumes. */
        String topic();

        /** Its dead-letter topic. */
        String deadLetterTopic();

        /** How its dead letters are re-driven. */
        @WithDefault("produce")
        RedriveMode redrive();
    }

    /** How a consumer's dead letters are re-driven. */
    enum RedriveMode {
        /** The original key, value and headers are written back to the topic the consumer reads. */
        PRODUCE,
        /** The catalog applies the letter itself ({@code POST /dead-letters/{partition}/{offset}/redrive}). */
        CATALOG
    }

    /** The services the console calls. */
    interface Services {

        URI catalogUrl();

        URI renderUrl();

        URI wechatUrl();

        /** The operator key the console presents to the services' operator endpoints; none: those calls are refused. */
        Optional<String> operatorKey();

        /** How long one call may take. */
        @WithDefault("10s")
        Duration timeout();
    }

    /** How the console reads Kafka. */
    interface Reading {

        /** How long an Admin call or a read may wait for the broker. */
        @WithDefault("10s")
        Duration timeout();

        /** The most dead letters one page lists. */
        @WithDefault("50")
        int deadLetterPage();

        /** The most records looked at for one article's records in one topic, newest first. */
        @WithDefault("100000")
        int journeyScanLimit();
    }

    /** The browser's operator session: a cookie holding the key given at the login form. */
    interface Session {

        /** How long the browser keeps the cookie. */
        @WithDefault("12h")
        Duration maxAge();

        /** Whether the cookie is sent over HTTPS only: set it when the console is served over HTTPS. */
        @WithDefault("false")
        boolean secureCookie();
    }
}
