package io.herald.ingest.auth;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.herald.ingest.auth.AuthConfig.SourceConfig;
import io.quarkus.runtime.StartupEvent;

/** Ingest does not start when no source could authenticate: there are no default keys outside the embedded default. */
public class CredentialsCheck {

    private static final Logger LOG = Logger.getLogger(CredentialsCheck.class);

    void onStart(@Observes StartupEvent start, AuthConfig config) {
        problem(config.sources()).ifPresent(problem -> {
            LOG.error(problem);
            throw new IllegalStateException(problem);
        });
    }

    /** Why these sources leave ingest closed to everyone, if they do. */
    static Optional<String> problem(Map<String, SourceConfig> sources) {
        boolean anyApiKey = sources.values().stream().anyMatch(source -> source.apiKey().isPresent());
        return anyApiKey ? Optional.empty() : Optional.of("No source has an API key, so nothing could push into ingest: "
                + "set herald.ingest.sources.\"<name>\".api-key, e.g. the env variable HERALD_INGEST_SOURCES_DEMO_API_KEY.");
    }
}
