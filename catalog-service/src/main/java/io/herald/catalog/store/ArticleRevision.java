package io.herald.catalog.store;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.herald.events.ArticleSubmitted;
import io.herald.events.PubStatus;

/** One revision of one article as it was received; revisions are never changed once recorded. */
@Entity
@Table(name = "article_revision")
@IdClass(ArticleRevision.Key.class)
public class ArticleRevision {

    @Id
    public String articleId;
    @Id
    public int revision;
    public String eventId;
    @Enumerated(EnumType.STRING)
    public PubStatus pubStatus;
    public Instant versionCreated;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public ArticleSubmitted document;
    public Instant recordedAt;

    /** Primary key: an article id and a revision number. */
    public record Key(String articleId, int revision) implements Serializable {
    }
}
