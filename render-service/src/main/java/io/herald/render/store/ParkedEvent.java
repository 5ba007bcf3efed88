package io.herald.render.store;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

import io.herald.events.ArticleRendered;

/**
 * An articles.rendered event Kafka refused for good, moved out of the outbox with the reason so that the events after
 * it flow; an operator sends it again once the cause is fixed.
 */
@Entity
@Table(name = "parked_outbox_event")
public class ParkedEvent {

    @Id
    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "article_id")
    public String articleId;

    public int revision;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public ArticleRendered payload;

    /** When it was first written to the outbox. */
    @Column(name = "created_at")
    public Instant createdAt;

    /** Sends tried, the refused one included. */
    public int attempts;

    /** What Kafka said. */
    public String reason;

    @Column(name = "parked_at")
    public Instant parkedAt;

    /** The trace it belongs to, kept for when it is sent again. */
    public String traceparent;

    /** {@code event}, refused for {@code reason}. */
    public static ParkedEvent of(OutboxEvent event, String reason) {
        ParkedEvent parked = new ParkedEvent();
        parked.eventId = event.eventId;
        parked.articleId = event.articleId;
        parked.revision = event.payload.revision();
        parked.payload = event.payload;
        parked.createdAt = event.createdAt;
        parked.attempts = event.attempts;
        parked.reason = reason;
        parked.parkedAt = Instant.now();
        parked.traceparent = event.traceparent;
        return parked;
    }

    /** The outbox event to send it again as: at the end of the queue, in its trace, its attempts and error forgotten. */
    public OutboxEvent toOutbox() {
        OutboxEvent event = new OutboxEvent();
        event.eventId = eventId;
        event.articleId = articleId;
        event.payload = payload;
        event.createdAt = createdAt;
        event.traceparent = traceparent;
        return event;
    }
}
