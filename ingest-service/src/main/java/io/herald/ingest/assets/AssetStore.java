package io.herald.ingest.assets;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.herald.ingest.config.IngestConfig;

/**
 * Content-addressed binaries in ingest's own database: the same bytes are stored once, under the hex
 * SHA-256 of the bytes, whatever media ids name them; published at {@code <public-base-url>/assets/<sha256>}.
 */
@ApplicationScoped
public class AssetStore {

    private final EntityManager entityManager;
    private final String publicBaseUrl;

    @Inject
    public AssetStore(EntityManager entityManager, IngestConfig config) {
        this.entityManager = entityManager;
        this.publicBaseUrl = config.publicBaseUrl().replaceAll("/+$", "");
    }

    /** Stores the bytes (once) and names them {@code mediaId}; returns their SHA-256. Safe to repeat and to race. */
    @Transactional
    public String store(String mediaId, String contentType, byte[] bytes) {
        String sha256 = sha256(bytes);
        entityManager.createNativeQuery("INSERT INTO asset (sha256, content_type, size, bytes, created_at) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (sha256) DO NOTHING")
                .setParameter(1, sha256).setParameter(2, contentType).setParameter(3, (long) bytes.length)
                .setParameter(4, bytes).setParameter(5, Instant.now())
                .executeUpdate();
        entityManager.createNativeQuery("INSERT INTO asset_alias (media_id, sha256) VALUES (?1, ?2) "
                        + "ON CONFLICT (media_id) DO UPDATE SET sha256 = EXCLUDED.sha256")
                .setParameter(1, mediaId).setParameter(2, sha256)
                .executeUpdate();
        return sha256;
    }

    /** Whether a binary was stored under {@code mediaId}. */
    @Transactional
    public boolean holdsMediaId(String mediaId) {
        return AssetAlias.count("mediaId", mediaId) > 0;
    }

    @Transactional
    public Optional<Asset> bySha256(String sha256) {
        return Asset.findByIdOptional(sha256);
    }

    /** Herald's URL of the binary a media id names, if it was uploaded. */
    @Transactional
    public Optional<String> urlOfMediaId(String mediaId) {
        return AssetAlias.<AssetAlias>findByIdOptional(mediaId).map(alias -> url(alias.sha256));
    }

    public String url(String sha256) {
        return publicBaseUrl + "/assets/" + sha256;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
