package io.herald.service.consume;

import static io.smallrye.reactive.messaging.kafka.fault.KafkaDeadLetterQueue.DEAD_LETTER_CAUSE;
import static io.smallrye.reactive.messaging.kafka.fault.KafkaDeadLetterQueue.DEAD_LETTER_CAUSE_CLASS_NAME;
import static io.smallrye.reactive.messaging.kafka.fault.KafkaDeadLetterQueue.DEAD_LETTER_EXCEPTION_CLASS_NAME;
import static io.smallrye.reactive.messaging.kafka.fault.KafkaDeadLetterQueue.DEAD_LETTER_OFFSET;
import static io.smallrye.reactive.messaging.kafka.fault.KafkaDeadLetterQueue.DEAD_LETTER_PARTITION;
import static io.smallrye.reactive.messaging.kafka.fault.KafkaDeadLetterQueue.DEAD_LETTER_REASON;
import static io.smallrye.reactive.messaging.kafka.fault.KafkaDeadLetterQueue.DEAD_LETTER_TOPIC;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Writes a consumer's dead letters to its dead-letter topic (e.g. {@code articles.submitted.render-dlq}) through an
 * outgoing channel of byte arrays: the original key, value bytes and headers, plus the {@code dead-letter-*} headers
 * SmallRye's own dead-letter queue writes (reason, cause, origin topic, partition and offset), so that tools reading
 * either kind of dead letter (the console, its re-drive) read both. One WARN per letter once Kafka took it.
 */
public final class DeadLetterTopic {

    private static final Logger LOG = Logger.getLogger(DeadLetterTopic.class);

    private final MutinyEmitter<byte[]> emitter;
    private final String topic;
    private final Duration sendTimeout;

    /**
     * @param emitter     the channel to the dead-letter topic (byte array key and value serializers, acks=all)
     * @param topic       that channel's topic, for the log
     * @param sendTimeout how long a write waits for Kafka's acknowledgements
     */
    public DeadLetterTopic(MutinyEmitter<byte[]> emitter, String topic, Duration sendTimeout) {
        this.emitter = emitter;
        this.topic = topic;
        this.sendTimeout = sendTimeout;
    }

    /**
     * Writes {@code letters}, all at once, and returns once Kafka acknowledged every one of them.
     *
     * @throws RuntimeException if one was not acknowledged within the send timeout
     */
    public void write(List<RejectedRecord> letters) {
        if (letters.isEmpty()) {
            return;
        }
        Uni.join().all(letters.stream().map(letter -> emitter.sendMessage(message(letter))).toList())
                .andFailFast()
                .await().atMost(sendTimeout);
        for (RejectedRecord letter : letters) {
            ConsumerRecord<byte[], byte[]> origin = letter.origin();
            LOG.warnf("Dead letter from %s partition %d offset %d (key %s) sent to %s: %s", origin.topic(),
                    origin.partition(), origin.offset(), origin.key() == null ? null : new String(origin.key(), UTF_8),
                    topic, describe(letter.reason()));
        }
    }

    private static Message<byte[]> message(RejectedRecord letter) {
        ConsumerRecord<byte[], byte[]> origin = letter.origin();
        Headers headers = new RecordHeaders();
        Throwable reason = letter.reason();
        add(headers, DEAD_LETTER_EXCEPTION_CLASS_NAME, reason.getClass().getName());
        add(headers, DEAD_LETTER_REASON, describe(reason));
        if (reason.getCause() != null) {
            add(headers, DEAD_LETTER_CAUSE_CLASS_NAME, reason.getCause().getClass().getName());
            add(headers, DEAD_LETTER_CAUSE, describe(reason.getCause()));
        }
        add(headers, DEAD_LETTER_TOPIC, origin.topic());
        add(headers, DEAD_LETTER_PARTITION, Integer.toString(origin.partition()));
        add(headers, DEAD_LETTER_OFFSET, Long.toString(origin.offset()));
        origin.headers().forEach(headers::add);
        return Message.of(origin.value()).addMetadata(OutgoingKafkaRecordMetadata.<byte[]>builder()
                .withKey(origin.key())
                .withHeaders(headers)
                .build());
    }

    private static String describe(Throwable throwable) {
        return throwable.getMessage() == null ? throwable.toString() : throwable.getMessage();
    }

    private static void add(Headers headers, String key, String value) {
        headers.add(key, value.getBytes(UTF_8));
    }
}
