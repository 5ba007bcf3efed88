package io.herald.events;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka value serializer for any Herald event, in {@link EventJson} form. An event that cannot be written fails with
 * Kafka's {@link SerializationException}, which senders know as that record's own failure (render's outbox parks it).
 */
public class EventSerializer<T> implements Serializer<T> {

    @Override
    public byte[] serialize(String topic, T event) {
        try {
            return event == null ? null : EventJson.write(event);
        } catch (IllegalArgumentException e) {
            throw new SerializationException(topic + ": " + e.getMessage(), e);
        }
    }
}
