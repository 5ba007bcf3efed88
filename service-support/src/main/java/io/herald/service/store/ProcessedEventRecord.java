package io.herald.service.store;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * A row of {@code processed_event}, the table by which each consuming service applies an
 * {@code articles.submitted} event at most once: one row per applied event id. Each service maps it as its own
 * {@code ProcessedEvent} entity, in its own database.
 */
@MappedSuperclass
public abstract class ProcessedEventRecord {

    /** The event's {@code ce_id}. */
    @Id
    @Column(name = "event_id")
    public String eventId;

    @Column(name = "article_id")
    public String articleId;

    @Column(name = "revision")
    public int revision;

    @Column(name = "processed_at")
    public Instant processedAt;
}
