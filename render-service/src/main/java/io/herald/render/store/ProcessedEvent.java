package io.herald.render.store;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An articles.submitted event that was applied, by its {@code ce_id}. */
@Entity
@Table(name = "processed_event")
public class ProcessedEvent {

    @Id
    @Column(name = "event_id")
    public String eventId;

    @Column(name = "article_id")
    public String articleId;

    public int revision;

    @Column(name = "processed_at")
    public Instant processedAt;
}
