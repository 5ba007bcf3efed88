package io.herald.wechat.store;

import jakarta.enterprise.context.ApplicationScoped;

import io.herald.service.store.ProcessedEventLedger;

/**
 * The channel's {@code processed_event}: claims {@code articles.rendered} event ids in the current transaction, so
 * that an event delivered twice (also to two instances at once) changes nothing the second time.
 */
@ApplicationScoped
public class ProcessedEventRepository extends ProcessedEventLedger<ProcessedEvent> {
}
