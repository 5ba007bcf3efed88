package io.herald.ingest.auth;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.herald.ingest.auth.AcceptedSignatures.PendingSignature;
import io.herald.ingest.auth.AuthConfig.SourceConfig;

/**
 * Checks a native push's credentials against {@code herald.ingest.sources}: a Bearer API key, or an
 * HMAC-SHA256 signature over {@code timestamp + "." + body} with a bounded clock skew. The signature of an
 * accepted push is refused as a replay while its timestamp is within the skew ({@link AcceptedSignatures}).
 */
@Singleton
class SourceCredentials {

    static final String SIGNATURE_PREFIX = "sha256=";
    private static final Set<IntakeFormat> NATIVE_FORMATS = EnumSet.complementOf(EnumSet.of(IntakeFormat.SUPERDESK));

    private final Map<String, SourceConfig> sources;
    private final Duration maxSkew;
    private final Clock clock;
    private final AcceptedSignatures accepted;

    @Inject
    SourceCredentials(AuthConfig config, AcceptedSignatures accepted) {
        this(config, accepted, Clock.systemUTC());
    }

    SourceCredentials(AuthConfig config, AcceptedSignatures accepted, Clock clock) {
        this.sources = config.sources();
        this.maxSkew = config.signature().maxSkew();
        this.clock = clock;
        this.accepted = accepted;
    }

    /** The source whose API key is {@code token}, if any. Every configured key is compared, in constant time. */
    Optional<Identity> bearer(String token) {
        Identity match = null;
        for (Map.Entry<String, SourceConfig> source : sources.entrySet()) {
            Optional<String> apiKey = source.getValue().apiKey();
            if (apiKey.isPresent() && Hmac.equalSecrets(apiKey.get(), token)) {
                match = identity(source.getKey(), null);
            }
        }
        return Optional.ofNullable(match);
    }

    /**
     * The named source, if it signed {@code body} at {@code timestamp} (unix seconds).
     *
     * @throws ReplayedSignatureException if a push with this signature was accepted before
     */
    Optional<Identity> signed(String source, String timestamp, String signature, byte[] body) {
        SourceConfig config = sources.get(source);
        if (config == null || config.signingSecret().isEmpty() || !signature.startsWith(SIGNATURE_PREFIX)) {
            return Optional.empty();
        }
        Optional<Instant> signedAt = withinSkew(timestamp);
        if (signedAt.isEmpty()) {
            return Optional.empty();
        }
        String presented = signature.substring(SIGNATURE_PREFIX.length());
        if (!Hmac.verifies(Hmac.SHA256, config.signingSecret().get(), signedContent(timestamp, body), presented)) {
            return Optional.empty();
        }
        PendingSignature pending = new PendingSignature(
                IntakeAuthentication.SIGNATURE_HEADER + " " + source + " " + presented.toLowerCase(Locale.ROOT),
                "source " + source, signedAt.get().plus(maxSkew));
        accepted.refuseReplay(pending);
        return Optional.of(identity(source, pending));
    }

    /** What a source signs: the timestamp as sent, a dot, the raw body. */
    static byte[] signedContent(String timestamp, byte[] body) {
        ByteArrayOutputStream content = new ByteArrayOutputStream(timestamp.length() + 1 + body.length);
        content.writeBytes((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
        content.writeBytes(body);
        return content.toByteArray();
    }

    private Optional<Instant> withinSkew(String timestamp) {
        Instant signedAt;
        try {
            signedAt = Instant.ofEpochSecond(Long.parseLong(timestamp));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        Duration skew = Duration.between(signedAt, clock.instant()).abs();
        return skew.compareTo(maxSkew) <= 0 ? Optional.of(signedAt) : Optional.empty();
    }

    private Identity identity(String source, PendingSignature signature) {
        return new Identity(source, sources.get(source).formats().orElse(NATIVE_FORMATS), signature);
    }
}
