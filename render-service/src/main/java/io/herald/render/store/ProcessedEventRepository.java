package io.herald.render.store;

import jakarta.enterprise.context.ApplicationScoped;

import io.herald.service.store.ProcessedEventLedger;

/** Render's {@code processed_event}: the event ids it has rendered. */
@ApplicationScoped
public class ProcessedEventRepository extends ProcessedEventLedger<ProcessedEvent> {
}
