package io.herald.render.store;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

import io.herald.events.ArticleRendered;

/** An articles.rendered event waiting to be sent; deleted once Kafka acknowledged it. */
@Entity
@Table(name = "outbox")
public class OutboxEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The {@code ce_id} it is sent with. */
    @Column(name = "event_id")
    public UUID eventId;

    /** The Kafka key. */
    @Column(name = "article_id")
    public String articleId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public ArticleRendered payload;

    @Column(name = "created_at")
    public Instant createdAt;

    /** Failed sends so far. */
    public int attempts;

    /** Why the last send failed. */
    @Column(name = "last_error")
    public String lastError;

    /** The W3C traceparent of the work that queued it, which it is sent with; null if none was traced. */
    public String traceparent;
}
