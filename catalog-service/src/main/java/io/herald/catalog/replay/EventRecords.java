package io.herald.catalog.replay;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;

import io.herald.catalog.store.SubmittedEvent;
import io.herald.events.ArticleSubmitted;
import io.herald.events.ArticleSubmittedDeserializer;
import io.herald.events.CloudEvent;
import io.herald.events.EventContract;
import io.herald.events.InvalidEventException;

/** Reads a record of {@code articles.submitted}, for the live consumer and for replays: CloudEvents headers, then the JSON value. */
public final class EventRecords {

    private static final ArticleSubmittedDeserializer DESERIALIZER = new ArticleSubmittedDeserializer();

    private EventRecords() {
    }

    /** @throws InvalidEventException if the record does not follow the event contract */
    public static SubmittedEvent decode(ConsumerRecord<String, byte[]> record) {
        return decode(record.topic(), record.headers(), record.value());
    }

    /** @throws InvalidEventException if the headers or the value do not follow the event contract */
    public static SubmittedEvent decode(String topic, Headers headers, byte[] value) {
        CloudEvent attributes = CloudEvent.from(headers);
        if (!EventContract.TYPE_ARTICLE_SUBMITTED.equals(attributes.type())) {
            throw new InvalidEventException("unexpected event type " + attributes.type());
        }
        ArticleSubmitted event = DESERIALIZER.deserialize(topic, headers, value);
        if (event == null) {
            throw new InvalidEventException("record has no value");
        }
        return new SubmittedEvent(attributes.id(), event);
    }

    /**
     * What an operator reads for a failure: a contract violation's own message (it names the field or header), else
     * the exception's message with its root cause's when that adds something.
     */
    public static String reason(Throwable failure) {
        String message = message(failure);
        if (failure instanceof InvalidEventException) {
            return message;
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String rootMessage = message(root);
        return root == failure || message.contains(rootMessage) ? message : message + ": " + rootMessage;
    }

    private static String message(Throwable failure) {
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }
}
