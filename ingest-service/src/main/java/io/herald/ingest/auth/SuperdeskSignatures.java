package io.herald.ingest.auth;

import java.util.Optional;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.herald.ingest.auth.AuthConfig.SuperdeskConfig;

/**
 * Checks Superdesk's {@code x-superdesk-signature: sha1=<hex HMAC-SHA1(secret, raw body)>}, which Superdesk puts
 * on its POSTs. Superdesk signs no timestamp, and when it does not get an answer it pushes the very same body
 * again, so a signature seen again is not refused as a replay: an item pushed again gets the first push's answer
 * ({@code io.herald.ingest.api.SuperdeskResource}), an asset uploaded again is stored once by its hash. Replaying a
 * captured push changes nothing either: every item carries its {@code version}, the same version with the same
 * content is the same event, and an older version never wins downstream.
 */
@Singleton
class SuperdeskSignatures {

    static final String HEADER = "x-superdesk-signature";
    static final String PREFIX = "sha1=";

    private final SuperdeskConfig config;

    @Inject
    SuperdeskSignatures(AuthConfig config) {
        this.config = config.superdesk();
    }

    /** Superdesk's identity if {@code signature} signs {@code body}. */
    Optional<Identity> verify(String signature, byte[] body) {
        if (config.secret().isEmpty() || signature == null || !signature.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String presented = signature.substring(PREFIX.length());
        if (!Hmac.verifies(Hmac.SHA1, config.secret().get(), body, presented)) {
            return Optional.empty();
        }
        return Optional.of(new Identity(config.source(), Set.of(IntakeFormat.SUPERDESK), null));
    }
}
