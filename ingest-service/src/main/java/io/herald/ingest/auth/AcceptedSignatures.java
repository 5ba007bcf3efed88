package io.herald.ingest.auth;

import java.time.Clock;
import java.time.Instant;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.herald.ingest.cache.ExpiringMap;

/**
 * The signatures of pushes that were accepted (answered 2xx), each remembered until it could no longer be
 * valid, so that the same signed request is refused as a replay. A push answered 4xx or 5xx is not remembered:
 * its sender may retry it unchanged. In this instance's memory only, at most
 * {@code herald.ingest.signature.replay-cache-size} of them; the oldest go first.
 */
@Singleton
class AcceptedSignatures {

    private static final Logger LOG = Logger.getLogger(AcceptedSignatures.class);

    private final ExpiringMap<String, Boolean> accepted;

    @Inject
    AcceptedSignatures(AuthConfig config) {
        this.accepted = new ExpiringMap<>(config.signature().replayCacheSize(), Clock.systemUTC());
    }

    /** Refuses {@code signature} as a replay if a push it signed was accepted before. */
    void refuseReplay(PendingSignature signature) {
        if (accepted.containsLive(signature.key())) {
            LOG.warnf("Refused a push from %s as a replay: this instance accepted the same signed request before "
                    + "(remembered until %s). Nothing was published again; if the sender never got the first answer, "
                    + "its push was published then. Repeated replays from elsewhere mean the request was captured.",
                    signature.sender(), signature.rememberUntil());
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
     * @param sender        who signed, for operators, e.g. {@code Superdesk} or {@code source demo}
     * @param rememberUntil until when the same signature would still be valid, hence a replay
     */
    record PendingSignature(String key, String sender, Instant rememberUntil) {
    }
}
