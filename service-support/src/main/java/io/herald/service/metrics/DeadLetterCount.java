package io.herald.service.metrics;

import java.util.Map;

import org.apache.kafka.clients.producer.ProducerInterceptor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Counts a consumer's dead letters once Kafka acknowledged them ({@link ConsumerMetrics#deadLettered}), as the
 * interceptor of the producer that writes them: for SmallRye's dead-letter queue, a bean named by the channel's
 * {@code dead-letter-queue.interceptor-bean}. A dead letter Kafka did not take is not counted.
 */
public class DeadLetterCount implements ProducerInterceptor<Object, Object> {

    private final ConsumerMetrics metrics;

    public DeadLetterCount(ConsumerMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public ProducerRecord<Object, Object> onSend(ProducerRecord<Object, Object> record) {
        return record;
    }

    @Override
    public void onAcknowledgement(RecordMetadata metadata, Exception exception) {
        if (exception == null) {
            metrics.deadLettered(1);
        }
    }

    @Override
    public void close() {
    }

    @Override
    public void configure(Map<String, ?> configs) {
    }
}
