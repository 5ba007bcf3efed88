package io.herald.catalog.store;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One event id the catalog has seen; a second delivery of the same id changes nothing. */
@Entity
@Table(name = "processed_event")
public class ProcessedEvent {

    @Id
    public String eventId;
    public String articleId;
    public int revision;
    public Instant processedAt;
}
