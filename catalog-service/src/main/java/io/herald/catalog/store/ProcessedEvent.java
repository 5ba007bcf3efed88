package io.herald.catalog.store;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.herald.service.store.ProcessedEventRecord;

/** One event id the catalog has seen; a second delivery of the same id changes nothing. */
@Entity
@Table(name = "processed_event")
public class ProcessedEvent extends ProcessedEventRecord {
}
