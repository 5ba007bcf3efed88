package io.herald.ingest.auth;

import java.time.Clock;
import java.time.Instant;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.herald.ingest.cache.ExpiringMap;

/**
 * The signatures of pushes that were accepted (answered 2xx), each remembered until it could no longer be
 * valid, so that the same signed request is refused as a replay. A push answered 4xx or 5xx is not remembered:
 * its sender may retry it unchanged. In this instance's memory only, at most
 * {@code herald.ingest.signature.replay-cache-size} of them; the oldest go first.
 */
@Singleton
class AcceptedSignatures {

    private final ExpiringMap<String, Boolean> accepted;

    @Inject
    AcceptedSignatures(AuthConfig config) {
        this(config, Clock.systemUTC());
    }

    AcceptedSignatures(AuthConfig config, Clock clock) {
        this.accepted = new ExpiringMap<>(config.signature().replayCacheSize(), clock);
    }

    /** Refuses {@code signature} as a replay if a push it signed was accepted before. */
    void refuseReplay(PendingSignature signature) {
        if (accepted.containsLive(signature.key())) {
            throw new ReplayedSignatureException();
        }
    }

    /** Remembers {@code signature}: the push it signed was accepted. */
    void accepted(PendingSignature signature) {
        accepted.putIfAbsent(signature.key(), true, signature.rememberUntil());
    }

    /**
     * A valid signature whose push is being answered.
     *
     * @param key           the signature, with the scheme (and source) it belongs to
     * @param rememberUntil until when the same signature would still be valid, hence a replay
     */
    record PendingSignature(String key, Instant rememberUntil) {
    }
}
