package io.herald.catalog.consume;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.herald.catalog.store.ArticleCatalog;
import io.herald.events.InvalidEventException;
import io.herald.events.SubmittedEvent;

/**
 * A record of {@code articles.submitted} read as the event it carries.
 *
 * @param origin the record as consumed, kept whole in case it becomes a dead letter
 * @param event  the event and its CloudEvents id
 */
record SubmittedRecord(ConsumerRecord<byte[], byte[]> origin, SubmittedEvent event) {

    /**
     * Reads {@code record}: its CloudEvents headers, its JSON value, and what the catalog needs to store it.
     *
     * @throws InvalidEventException if the record breaks the event contract; it never will be applied
     */
    static SubmittedRecord decode(ConsumerRecord<byte[], byte[]> record) {
        SubmittedEvent event = SubmittedEvent.decode(record);
        ArticleCatalog.requireStorable(event.event());
        return new SubmittedRecord(record, event);
    }
}
