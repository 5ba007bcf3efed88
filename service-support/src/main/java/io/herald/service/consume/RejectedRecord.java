package io.herald.service.consume;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * A record a consumer will not apply, about to be parked on its dead-letter topic ({@link DeadLetterTopic}).
 *
 * @param origin the record as consumed: its key, value and headers are written to the dead-letter topic as they are
 * @param reason why it was rejected
 */
public record RejectedRecord(ConsumerRecord<byte[], byte[]> origin, Throwable reason) {
}
