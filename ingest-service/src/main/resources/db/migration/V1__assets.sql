-- Binaries pushed by Superdesk, stored once per content (sha256 of the bytes) and served at /assets/{sha256}.
CREATE TABLE asset (
    sha256       VARCHAR(64)  PRIMARY KEY,
    content_type VARCHAR(255) NOT NULL,
    size         BIGINT       NOT NULL,
    bytes        BYTEA        NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Superdesk's media ids; several may name the same content.
CREATE TABLE asset_alias (
    media_id VARCHAR(1024) PRIMARY KEY,
    sha256   VARCHAR(64)   NOT NULL REFERENCES asset (sha256)
);
CREATE INDEX asset_alias_sha256 ON asset_alias (sha256);
