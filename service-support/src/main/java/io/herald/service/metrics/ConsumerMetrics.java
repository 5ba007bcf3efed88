package io.herald.service.metrics;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import io.herald.events.EventContract;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * What every consumer of Herald's topics measures, tagged {@code consumer} with its name (its consumer group:
 * {@code catalog}, {@code render}, {@code wechat}):
 * <ul>
 * <li>{@value #EVENT_AGE} ({@code herald_event_age_seconds}): how old each event was when the consumer's effect of it
 * was committed, {@code now - ce_time} (the record's timestamp if it has no {@code ce_time});</li>
 * <li>{@value #DEAD_LETTERED} ({@code herald_dead_lettered_total}): the records Kafka acknowledged on the consumer's
 * dead-letter topic.</li>
 * </ul>
 * Both are registered when this is built, so their series exist (at zero) before the first event.
 */
public final class ConsumerMetrics {

    /** The event-age timer. */
    public static final String EVENT_AGE = "herald.event.age";
    /** The dead-letter counter. */
    public static final String DEAD_LETTERED = "herald.dead.lettered";
    /** The tag that names the consumer. */
    public static final String CONSUMER = "consumer";

    private final Timer eventAge;
    private final Counter deadLettered;
    private final Clock clock;

    /** The meters of {@code consumer}, registered in {@code registry}. */
    public ConsumerMetrics(MeterRegistry registry, String consumer) {
        this(registry, consumer, Clock.systemUTC());
    }

    ConsumerMetrics(MeterRegistry registry, String consumer, Clock clock) {
        this.eventAge = LatencyTimers.builder(EVENT_AGE, "Age of an event (now - ce_time) when the consumer's effect "
                + "of it was committed").tag(CONSUMER, consumer).register(registry);
        this.deadLettered = Counter.builder(DEAD_LETTERED)
                .description("Records Kafka acknowledged on the consumer's dead-letter topic")
                .tag(CONSUMER, consumer).register(registry);
        this.clock = clock;
    }

    /** The consumer's effect of {@code record} is committed: records the event's age. */
    public void applied(ConsumerRecord<?, ?> record) {
        applied(eventTime(record));
    }

    /** The consumer's effect of the event created at {@code eventTime} is committed: records its age. */
    public void applied(Instant eventTime) {
        eventAge.record(LatencyTimers.atLeastZero(Duration.between(eventTime, clock.instant())));
    }

    /** Kafka acknowledged {@code records} more records on the consumer's dead-letter topic. */
    public void deadLettered(int records) {
        deadLettered.increment(records);
    }

    /** When the record's event was created: its {@code ce_time}, or, without a readable one, its timestamp. */
    static Instant eventTime(ConsumerRecord<?, ?> record) {
        Header time = record.headers().lastHeader(EventContract.CE_TIME);
        if (time != null && time.value() != null) {
            try {
                return Instant.parse(new String(time.value(), UTF_8));
            } catch (DateTimeParseException e) {
                // the record's timestamp below
            }
        }
        return Instant.ofEpochMilli(record.timestamp());
    }
}
