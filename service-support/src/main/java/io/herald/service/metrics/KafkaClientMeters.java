package io.herald.service.metrics;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.producer.Producer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.properties.IfBuildProperty;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;

/**
 * Publishes the Kafka clients' own metrics (consumer lag per partition among them) on {@code /q/metrics}, as Quarkus's
 * Kafka binder does, but looking for metrics of newly assigned partitions every
 * {@code herald.metrics.kafka-client-refresh} (Micrometer's default, a minute, unless set) instead of a fixed minute.
 * SmallRye announces each client it creates and, with the same event, each client it closes: the first binds the
 * client's meters, the second removes them. A service that switches Quarkus's own binder off
 * ({@code quarkus.micrometer.binder.kafka.enabled=false}) gets this one instead, so that the meters are bound once.
 */
@ApplicationScoped
@IfBuildProperty(name = "quarkus.micrometer.binder.kafka.enabled", stringValue = "false")
public class KafkaClientMeters {

    private static final Logger LOG = Logger.getLogger(KafkaClientMeters.class);

    private final MeterRegistry registry;
    private final Duration refresh;
    private final Map<Object, Bound> bound = new HashMap<>();

    /** A client's meters and the thread that looks for its new metrics. */
    private record Bound(KafkaClientMetrics meters, ScheduledExecutorService refresher) {

        void close() {
            meters.close();
            refresher.shutdownNow();
        }
    }

    KafkaClientMeters(MeterRegistry registry,
            @ConfigProperty(name = "herald.metrics.kafka-client-refresh", defaultValue = "60s") Duration refresh) {
        this.registry = registry;
        this.refresh = refresh;
    }

    synchronized void consumer(@Observes Consumer<?, ?> consumer) {
        bindOrRemove(consumer, refresher -> new KafkaClientMetrics(consumer, List.of(), refresher, refresh));
    }

    synchronized void producer(@Observes Producer<?, ?> producer) {
        bindOrRemove(producer, refresher -> new KafkaClientMetrics(producer, List.of(), refresher, refresh));
    }

    private void bindOrRemove(Object client, Function<ScheduledExecutorService, KafkaClientMetrics> meters) {
        Bound known = bound.remove(client);
        if (known != null) {
            known.close();
            return;
        }
        ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "kafka-client-meters");
            thread.setDaemon(true);
            return thread;
        });
        Bound created = new Bound(meters.apply(refresher), refresher);
        try {
            created.meters().bindTo(registry);
            bound.put(client, created);
        } catch (RuntimeException e) {
            LOG.warnf(e, "The metrics of Kafka client %s are not published", client);
            created.close();
        }
    }

    @PreDestroy
    synchronized void closeAll() {
        bound.values().forEach(Bound::close);
        bound.clear();
    }
}
