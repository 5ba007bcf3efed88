package io.herald.ingest.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.herald.ingest.auth.AuthConfig.SuperdeskConfig;

/**
 * Checks Superdesk's {@code x-superdesk-signature: sha1=<hex HMAC-SHA1(secret, raw body)>}. Superdesk signs
 * no timestamp, so an identical signature seen within {@code herald.ingest.superdesk.replay-window} is a
 * replay and refused (remembered in memory, per instance). Body-less requests (an asset check, {@code GET})
 * all carry the signature of the empty body, change nothing, and are not replay-checked.
 */
@Singleton
class SuperdeskSignatures {

    static final String HEADER = "x-superdesk-signature";
    static final String PREFIX = "sha1=";

    private final SuperdeskConfig config;
    private final Duration replayWindow;
    private final Clock clock;
    private final ExpiringSet seenSignatures;

    @Inject
    SuperdeskSignatures(AuthConfig config) {
        this(config, Clock.systemUTC());
    }

    SuperdeskSignatures(AuthConfig config, Clock clock) {
        this.config = config.superdesk();
        this.replayWindow = this.config.replayWindow();
        this.clock = clock;
        this.seenSignatures = new ExpiringSet(config.signature().replayCacheSize(), clock);
    }

    /** Superdesk's identity if {@code signature} signs {@code body} and, for a request with a body, was not seen before. */
    Optional<Identity> verify(String signature, byte[] body) {
        if (config.secret().isEmpty() || signature == null || !signature.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String presented = signature.substring(PREFIX.length());
        if (!Hmac.verifies(Hmac.SHA1, config.secret().get(), body, presented)
                || body.length > 0 && !seenSignatures.addIfAbsent(presented, clock.instant().plus(replayWindow))) {
            return Optional.empty();
        }
        return Optional.of(new Identity(config.source(), Set.of(IntakeFormat.SUPERDESK)));
    }
}
