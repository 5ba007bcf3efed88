package io.herald.events;

import org.apache.kafka.common.serialization.Deserializer;

/** Kafka value deserializer for {@link ArticleSubmitted}; malformed values throw {@link InvalidEventException}. */
public class ArticleSubmittedDeserializer implements Deserializer<ArticleSubmitted> {

    @Override
    public ArticleSubmitted deserialize(String topic, byte[] data) {
        return data == null ? null : EventJson.read(data, ArticleSubmitted.class);
    }
}
