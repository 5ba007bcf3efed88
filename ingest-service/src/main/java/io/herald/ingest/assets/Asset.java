package io.herald.ingest.assets;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One stored binary, named by the SHA-256 of its bytes. */
@Entity
@Table(name = "asset")
public class Asset extends PanacheEntityBase {

    @Id
    @Column(name = "sha256", length = 64)
    public String sha256;

    @Column(name = "content_type", nullable = false)
    public String contentType;

    @Column(name = "size", nullable = false)
    public long size;

    @Column(name = "bytes", nullable = false)
    public byte[] bytes;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
