package io.herald.ingest.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.herald.ingest.auth.AuthConfig.SourceConfig;

class CredentialsCheckTest {

    @Test
    void noSourcesAtAllKeepIngestFromStartingWithAClearReason() {
        assertEquals(Optional.of("No source has an API key, so nothing could push into ingest: set "
                + "herald.ingest.sources.\"<name>\".api-key, e.g. the env variable HERALD_INGEST_SOURCES_DEMO_API_KEY."),
                CredentialsCheck.problem(Map.of()));
    }

    @Test
    void sourcesWithoutAnApiKeyKeepIngestFromStarting() {
        assertTrue(CredentialsCheck.problem(Map.of("wire", source(null))).isPresent());
    }

    @Test
    void oneSourceWithAnApiKeyIsEnough() {
        assertEquals(Optional.empty(), CredentialsCheck.problem(Map.of("wire", source(null), "demo", source("k"))));
    }

    private static SourceConfig source(String apiKey) {
        return new SourceConfig() {
            @Override
            public Optional<String> apiKey() {
                return Optional.ofNullable(apiKey);
            }

            @Override
            public Optional<String> signingSecret() {
                return Optional.empty();
            }

            @Override
            public Optional<Set<IntakeFormat>> formats() {
                return Optional.empty();
            }
        };
    }
}
