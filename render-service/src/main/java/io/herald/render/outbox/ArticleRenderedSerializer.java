package io.herald.render.outbox;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

import io.herald.events.ArticleRendered;
import io.herald.events.EventJson;

/**
 * The value serializer of articles.rendered: the event in its JSON form. An event that cannot be written fails with
 * Kafka's {@link SerializationException}, which the relay knows as the event's own failure and parks.
 */
public class ArticleRenderedSerializer implements Serializer<ArticleRendered> {

    @Override
    public byte[] serialize(String topic, ArticleRendered event) {
        try {
            return event == null ? null : EventJson.write(event);
        } catch (IllegalArgumentException e) {
            throw new SerializationException("articles.rendered event of article " + event.articleId()
                    + " cannot be written as JSON: " + e.getMessage(), e);
        }
    }
}
