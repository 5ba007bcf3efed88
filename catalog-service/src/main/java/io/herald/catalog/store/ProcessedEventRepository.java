package io.herald.catalog.store;

import jakarta.enterprise.context.ApplicationScoped;

import io.herald.service.store.ProcessedEventLedger;

/** The catalog's {@code processed_event}: the event ids it has applied. */
@ApplicationScoped
public class ProcessedEventRepository extends ProcessedEventLedger<ProcessedEvent> {
}
