package io.herald.ingest.auth;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Who may push into ingest, under {@code herald.ingest}: the sources with their credentials, the Superdesk
 * secret, and how signed pushes are checked. Env: {@code HERALD_INGEST_SOURCES_DEMO_API_KEY}, {@code HERALD_INGEST_SUPERDESK_SECRET} …
 */
@ConfigMapping(prefix = "herald.ingest")
public interface AuthConfig {

    /** The newsroom systems, by name (the event's source). */
    Map<String, SourceConfig> sources();

    SuperdeskConfig superdesk();

    SignatureConfig signature();

    interface SourceConfig {

        /** The Bearer token of this source. */
        Optional<String> apiKey();

        /** The HMAC-SHA256 key of signed requests ({@code X-Herald-Signature}); none: the source cannot sign. */
        Optional<String> signingSecret();

        /** The intakes this source may use; all but Superdesk's when absent. */
        Optional<Set<IntakeFormat>> formats();
    }

    interface SuperdeskConfig {

        /** The secret Superdesk signs its pushes with ({@code x-superdesk-signature}); none: every push is refused. */
        Optional<String> secret();

        /** The source name Superdesk's pushes are published under. */
        @WithDefault("superdesk")
        String source();
    }

    interface SignatureConfig {

        /** How far a signed request's {@code X-Herald-Timestamp} may be from now. */
        @WithDefault("300s")
        Duration maxSkew();

        /** How many signatures of accepted pushes are remembered at most (per instance); the oldest go first. */
        @WithDefault("100000")
        int replayCacheSize();
    }
}
