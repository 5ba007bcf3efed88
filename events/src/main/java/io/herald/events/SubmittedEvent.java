package io.herald.events;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;

/**
 * One {@link ArticleSubmitted} event with the CloudEvents id it travelled under, as every consumer of
 * {@link EventContract#ARTICLES_SUBMITTED} reads it: the live consumers, the dead-letter tools and the rebuild.
 *
 * @param eventId the {@code ce_id} header: the same id twice is the same event
 * @param event   the revision it carries
 */
public record SubmittedEvent(String eventId, ArticleSubmitted event) {

    private static final ArticleSubmittedDeserializer DESERIALIZER = new ArticleSubmittedDeserializer();

    /** @throws InvalidEventException if the record does not follow the event contract */
    public static SubmittedEvent decode(ConsumerRecord<?, byte[]> record) {
        return decode(record.topic(), record.headers(), record.value());
    }

    /**
     * Reads a record of {@code topic}: its CloudEvents headers (an id, the type
     * {@link EventContract#TYPE_ARTICLE_SUBMITTED}), then its JSON value.
     *
     * @throws InvalidEventException if the headers or the value do not follow the event contract
     */
    public static SubmittedEvent decode(String topic, Headers headers, byte[] value) {
        CloudEvent attributes = CloudEvent.from(headers);
        if (!EventContract.TYPE_ARTICLE_SUBMITTED.equals(attributes.type())) {
            throw new InvalidEventException("unexpected event type " + attributes.type() + " (header "
                    + EventContract.CE_TYPE + "); " + topic + " carries " + EventContract.TYPE_ARTICLE_SUBMITTED);
        }
        ArticleSubmitted event = DESERIALIZER.deserialize(topic, headers, value);
        if (event == null) {
            throw new InvalidEventException("event " + attributes.id() + " has no value, not an ArticleSubmitted");
        }
        return new SubmittedEvent(attributes.id(), event);
    }
}
