package io.herald.events;

import org.apache.kafka.common.serialization.Serializer;

/** Kafka value serializer for any Herald event, in {@link EventJson} form. */
public class EventSerializer<T> implements Serializer<T> {

    @Override
    public byte[] serialize(String topic, T event) {
        return event == null ? null : EventJson.write(event);
    }
}
