package io.herald.catalog.metrics;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.herald.catalog.store.ApplyOutcome;
import io.herald.service.metrics.ConsumerMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * What the catalog's consumer counts, each once the transaction that applied it committed:
 * {@value #APPLIED} ({@code herald_catalog_applied_total}) by {@code outcome} ({@code current}, {@code history},
 * {@code duplicate}), {@value #BATCH_FALLBACKS} ({@code herald_catalog_batch_fallbacks_total}), and, as every
 * consumer, the event age and the dead letters ({@link ConsumerMetrics}, consumer {@value #CONSUMER}).
 */
@ApplicationScoped
public class CatalogMetrics {

    /** The consumer's name in {@link ConsumerMetrics}: its consumer group. */
    public static final String CONSUMER = "catalog";
    /** Events applied, by outcome. */
    public static final String APPLIED = "herald.catalog.applied";
    /** Batches applied record by record because their one transaction failed. */
    public static final String BATCH_FALLBACKS = "herald.catalog.batch.fallbacks";

    private final Map<ApplyOutcome, Counter> applied = new EnumMap<>(ApplyOutcome.class);
    private final Counter batchFallbacks;
    private final ConsumerMetrics consumer;

    CatalogMetrics(MeterRegistry registry) {
        for (ApplyOutcome outcome : ApplyOutcome.values()) {
            applied.put(outcome, Counter.builder(APPLIED).description("Events the catalog applied, by outcome")
                    .tag("outcome", outcome.name().toLowerCase(Locale.ROOT)).register(registry));
        }
        this.batchFallbacks = Counter.builder(BATCH_FALLBACKS)
                .description("Batches applied record by record because their one transaction failed").register(registry);
        this.consumer = new ConsumerMetrics(registry, CONSUMER);
    }

    /** The transaction that applied {@code record} with {@code outcome} committed. */
    public void applied(ApplyOutcome outcome, ConsumerRecord<?, ?> record) {
        applied.get(outcome).increment();
        consumer.applied(record);
    }

    /** A batch's one transaction failed; its records are applied one by one. */
    public void batchFellBack() {
        batchFallbacks.increment();
    }

    /** Kafka acknowledged {@code records} dead letters. */
    public void deadLettered(int records) {
        consumer.deadLettered(records);
    }
}
