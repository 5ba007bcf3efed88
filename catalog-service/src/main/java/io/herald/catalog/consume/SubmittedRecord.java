package io.herald.catalog.consume;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.herald.catalog.store.ArticleCatalog;
import io.herald.catalog.store.SubmittedEvent;
import io.herald.events.ArticleSubmitted;
import io.herald.events.CloudEvent;
import io.herald.events.EventContract;
import io.herald.events.EventJson;
import io.herald.events.InvalidEventException;

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
        CloudEvent attributes = CloudEvent.from(record.headers());
        if (!EventContract.TYPE_ARTICLE_SUBMITTED.equals(attributes.type())) {
            throw new InvalidEventException("unexpected event type " + attributes.type());
        }
        if (record.value() == null) {
            throw new InvalidEventException("record has no value");
        }
        ArticleSubmitted event = EventJson.read(record.value(), ArticleSubmitted.class);
        if (event == null) {
            throw new InvalidEventException("record value is JSON null");
        }
        ArticleCatalog.requireStorable(event);
        return new SubmittedRecord(record, new SubmittedEvent(attributes.id(), event));
    }
}
