package io.herald.wechat.store;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.herald.service.store.ProcessedEventRecord;

/** One articles.rendered event id the channel has applied; a second delivery of the same id changes nothing. */
@Entity
@Table(name = "processed_event")
public class ProcessedEvent extends ProcessedEventRecord {
}
