package io.herald.catalog.consume;

import static io.smallrye.reactive.messaging.kafka.fault.KafkaDeadLetterQueue.DEAD_LETTER_OFFSET;
import static io.smallrye.reactive.messaging.kafka.fault.KafkaDeadLetterQueue.DEAD_LETTER_PARTITION;
import static io.smallrye.reactive.messaging.kafka.fault.KafkaDeadLetterQueue.DEAD_LETTER_REASON;
import static io.smallrye.reactive.messaging.kafka.fault.KafkaDeadLetterQueue.DEAD_LETTER_TOPIC;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.producer.ProducerInterceptor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.jboss.logging.Logger;

import io.smallrye.common.annotation.Identifier;

/**
 * Logs one WARN per record written to the dead-letter topic, whatever made it a dead letter (a value
 * that is not JSON, missing CloudEvents headers, an event the catalog cannot store). It sits on the
 * dead-letter producer, so it sees the {@code dead-letter-*} headers {@link DeadLetterTopic} adds: where
 * the record came from and why it was rejected.
 */
@ApplicationScoped
@Identifier(DeadLetterLog.NAME)
public class DeadLetterLog implements ProducerInterceptor<Object, Object> {

    static final String NAME = "catalog-dead-letter-log";

    private static final Logger LOG = Logger.getLogger(DeadLetterLog.class);

    @Override
    public ProducerRecord<Object, Object> onSend(ProducerRecord<Object, Object> record) {
        Headers headers = record.headers();
        LOG.warnf("Dead letter from %s partition %s offset %s (key %s) sent to %s: %s",
                header(headers, DEAD_LETTER_TOPIC), header(headers, DEAD_LETTER_PARTITION),
                header(headers, DEAD_LETTER_OFFSET), text(record.key()), record.topic(),
                header(headers, DEAD_LETTER_REASON));
        return record;
    }

    @Override
    public void onAcknowledgement(RecordMetadata metadata, Exception exception) {
        if (exception != null) {
            LOG.errorf(exception, "Could not write a dead letter to %s", metadata.topic());
        }
    }

    @Override
    public void close() {
    }

    @Override
    public void configure(Map<String, ?> configs) {
    }

    /** Keys travel as bytes (the article id in UTF-8). */
    private static Object text(Object key) {
        return key instanceof byte[] bytes ? new String(bytes, UTF_8) : key;
    }

    private static String header(Headers headers, String key) {
        Header header = headers.lastHeader(key);
        return header == null || header.value() == null ? null : new String(header.value(), UTF_8);
    }
}
