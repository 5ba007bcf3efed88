package io.herald.render.store;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.herald.service.store.ProcessedEventRecord;

/** An articles.submitted event that was applied, by its {@code ce_id}; a second delivery changes nothing. */
@Entity
@Table(name = "processed_event")
public class ProcessedEvent extends ProcessedEventRecord {
}
