package io.herald.service.consume;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.herald.events.InvalidEventException;
import io.herald.events.SubmittedEvent;

/**
 * A record of {@code articles.submitted} read as the event it carries.
 *
 * @param origin the record as consumed, kept whole in case it becomes a dead letter
 * @param event  the event and its CloudEvents id
 */
public record SubmittedRecord(ConsumerRecord<byte[], byte[]> origin, SubmittedEvent event) {

    /**
     * Reads {@code record}: its CloudEvents headers and its JSON value.
     *
     * @throws InvalidEventException if the record breaks the event contract; it never will be applied
     */
    public static SubmittedRecord decode(ConsumerRecord<byte[], byte[]> record) {
        return new SubmittedRecord(record, SubmittedEvent.decode(record));
    }
}
