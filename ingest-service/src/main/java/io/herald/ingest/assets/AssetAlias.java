package io.herald.ingest.assets;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A newsroom system's own id for a stored binary, e.g. a Superdesk media id. */
@Entity
@Table(name = "asset_alias")
public class AssetAlias extends PanacheEntityBase {

    @Id
    @Column(name = "media_id", length = 1024)
    public String mediaId;

    @Column(name = "sha256", nullable = false, length = 64)
    public String sha256;
}
