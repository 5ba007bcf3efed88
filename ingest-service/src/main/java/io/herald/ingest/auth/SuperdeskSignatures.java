package io.herald.ingest.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.herald.ingest.auth.AcceptedSignatures.PendingSignature;
import io.herald.ingest.auth.AuthConfig.SuperdeskConfig;

/**
 * Checks Superdesk's {@code x-superdesk-signature: sha1=<hex HMAC-SHA1(secret, raw body)>}, which Superdesk puts
 * on its POSTs. Superdesk signs no timestamp, so the signature of an accepted push seen again within
 * {@code herald.ingest.superdesk.replay-window} is a replay and refused ({@link AcceptedSignatures}).
 */
@Singleton
class SuperdeskSignatures {

    static final String HEADER = "x-superdesk-signature";
    static final String PREFIX = "sha1=";

    private final SuperdeskConfig config;
    private final Duration replayWindow;
    private final Clock clock;
    private final AcceptedSignatures accepted;

    @Inject
    SuperdeskSignatures(AuthConfig config, AcceptedSignatures accepted) {
        this(config, accepted, Clock.systemUTC());
    }

    SuperdeskSignatures(AuthConfig config, AcceptedSignatures accepted, Clock clock) {
        this.config = config.superdesk();
        this.replayWindow = this.config.replayWindow();
        this.clock = clock;
        this.accepted = accepted;
    }

    /**
     * Superdesk's identity if {@code signature} signs {@code body}.
     *
     * @throws ReplayedSignatureException if a push with this signature was accepted within the replay window
     */
    Optional<Identity> verify(String signature, byte[] body) {
        if (config.secret().isEmpty() || signature == null || !signature.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String presented = signature.substring(PREFIX.length());
        if (!Hmac.verifies(Hmac.SHA1, config.secret().get(), body, presented)) {
            return Optional.empty();
        }
        PendingSignature pending = new PendingSignature(HEADER + " " + presented.toLowerCase(Locale.ROOT),
                "Superdesk (source " + config.source() + ")", clock.instant().plus(replayWindow));
        accepted.refuseReplay(pending);
        return Optional.of(new Identity(config.source(), Set.of(IntakeFormat.SUPERDESK), pending));
    }
}
