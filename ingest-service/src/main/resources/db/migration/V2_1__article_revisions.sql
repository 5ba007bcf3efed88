-- Which content each (article, revision) stands for (see io.herald.ingest.publish.RevisionClaims). A row is a
-- claim while ingest sends the event (acknowledged false, claimed_at bounds it) and binds the revision to the
-- content once Kafka acknowledged it (acknowledged true): the same content again is the same event, other
-- content is a conflict (revision given) or the next revision (revision absent).
CREATE TABLE article_revision (
    article_id     TEXT                     NOT NULL,
    revision       INTEGER                  NOT NULL,
    -- hex SHA-256 of the event value without its revision and the times ingest derives from the time of receipt
    content_sha256 CHAR(64)                 NOT NULL,
    acknowledged   BOOLEAN                  NOT NULL,
    claimed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (article_id, revision)
);
