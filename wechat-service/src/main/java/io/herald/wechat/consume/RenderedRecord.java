package io.herald.wechat.consume;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.herald.events.ArticleRendered;
import io.herald.events.CloudEvent;
import io.herald.events.EventContract;
import io.herald.events.EventJson;
import io.herald.events.InvalidEventException;

/**
 * One {@code articles.rendered} record read as the event contract says: CloudEvents headers of type
 * {@link EventContract#TYPE_ARTICLE_RENDERED} and an {@link ArticleRendered} with its article id and status.
 *
 * @param cloudEvent the record's CloudEvents attributes; its id is the event's
 * @param event      the announcement
 */
record RenderedRecord(CloudEvent cloudEvent, ArticleRendered event) {

    /** @throws InvalidEventException if the record breaks the event contract */
    static RenderedRecord decode(ConsumerRecord<String, byte[]> record) {
        CloudEvent cloudEvent = CloudEvent.from(record.headers());
        if (!EventContract.TYPE_ARTICLE_RENDERED.equals(cloudEvent.type())) {
            throw new InvalidEventException("ce_type " + cloudEvent.type() + " is not "
                    + EventContract.TYPE_ARTICLE_RENDERED);
        }
        if (record.value() == null) {
            throw new InvalidEventException("event " + cloudEvent.id() + " has no value");
        }
        ArticleRendered event = EventJson.read(record.value(), ArticleRendered.class);
        if (event.articleId() == null || event.status() == null) {
            throw new InvalidEventException("articleId and status are required");
        }
        return new RenderedRecord(cloudEvent, event);
    }
}
