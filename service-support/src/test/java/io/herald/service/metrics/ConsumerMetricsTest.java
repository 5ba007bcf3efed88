package io.herald.service.metrics;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

import io.herald.events.EventContract;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

class ConsumerMetricsTest {

    private static final Instant NOW = Instant.parse("2026-04-06T08:00:10Z");

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final ConsumerMetrics metrics = new ConsumerMetrics(registry, "render", Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void theEventAgeIsTakenFromCeTime() {
        metrics.applied(record("2026-04-06T08:00:00Z", NOW.minusSeconds(1)));

        assertEquals(1, eventAge().count());
        assertEquals(10.0, eventAge().totalTime(TimeUnit.SECONDS));
    }

    @Test
    void withoutAReadableCeTimeTheRecordTimestampCounts() {
        metrics.applied(record(null, NOW.minusSeconds(3)));
        metrics.applied(record("yesterday", NOW.minusSeconds(4)));

        assertEquals(7.0, eventAge().totalTime(TimeUnit.SECONDS));
    }

    @Test
    void anEventFromTheFutureIsZeroSecondsOld() {
        metrics.applied(NOW.plusSeconds(5));

        assertEquals(1, eventAge().count());
        assertEquals(0.0, eventAge().totalTime(TimeUnit.SECONDS));
    }

    @Test
    void onlyDeadLettersKafkaAcknowledgedAreCounted() {
        DeadLetterCount interceptor = new DeadLetterCount(metrics);
        ProducerRecord<Object, Object> letter = new ProducerRecord<>("articles.submitted.render-dlq", "value");
        RecordMetadata metadata = new RecordMetadata(new TopicPartition(letter.topic(), 0), 0, 0, 0, 0, 0);

        assertEquals(letter, interceptor.onSend(letter));
        interceptor.onAcknowledgement(metadata, null);
        interceptor.onAcknowledgement(metadata, new IllegalStateException("not enough replicas"));

        assertEquals(1.0, registry.get(ConsumerMetrics.DEAD_LETTERED).tag(ConsumerMetrics.CONSUMER, "render")
                .counter().count());
    }

    @Test
    void bothMetersExistBeforeTheFirstEvent() {
        assertEquals(0, eventAge().count());
        assertEquals(0.0, registry.get(ConsumerMetrics.DEAD_LETTERED).counter().count());
    }

    private Timer eventAge() {
        return registry.get(ConsumerMetrics.EVENT_AGE).tag(ConsumerMetrics.CONSUMER, "render").timer();
    }

    private static ConsumerRecord<String, byte[]> record(String ceTime, Instant timestamp) {
        RecordHeaders headers = new RecordHeaders();
        if (ceTime != null) {
            headers.add(EventContract.CE_TIME, ceTime.getBytes(UTF_8));
        }
        return new ConsumerRecord<>("articles.submitted", 0, 0, timestamp.toEpochMilli(), TimestampType.CREATE_TIME,
                0, 0, "demo:1", new byte[0], headers, Optional.empty());
    }
}
