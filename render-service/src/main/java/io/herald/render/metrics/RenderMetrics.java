package io.herald.render.metrics;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.herald.events.ArticleRendered;
import io.herald.service.metrics.ConsumerMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * What render counts, each once its effect is durable: {@value #RENDERED} ({@code herald_render_rendered_total}) by
 * the rendition's {@code status} ({@code published}, {@code embargoed}, {@code unpublished}) once the consumer's
 * transaction committed; {@value #ANNOUNCED} ({@code herald_render_announced_total}, records Kafka acknowledged on
 * articles.rendered) and {@value #PARKED} ({@code herald_render_parked_total}, events Kafka refused for good) once the
 * relay's transaction committed; {@value #BATCH_FALLBACKS} ({@code herald_render_batch_fallbacks_total}) when a poll's
 * one transaction failed and its records are rendered one by one; and, as every consumer, the event age and the dead
 * letters Kafka acknowledged ({@link ConsumerMetrics}, consumer {@value #CONSUMER}).
 */
@ApplicationScoped
public class RenderMetrics {

    /** The consumer's name in {@link ConsumerMetrics}: its consumer group. */
    public static final String CONSUMER = "render";
    /** Renditions made from articles.submitted, by status. */
    public static final String RENDERED = "herald.render.rendered";
    /** articles.rendered events Kafka acknowledged. */
    public static final String ANNOUNCED = "herald.render.announced";
    /** articles.rendered events parked for operators. */
    public static final String PARKED = "herald.render.parked";
    /** Polls rendered record by record because their one transaction failed. */
    public static final String BATCH_FALLBACKS = "herald.render.batch.fallbacks";

    private final Map<ArticleRendered.Status, Counter> rendered = new EnumMap<>(ArticleRendered.Status.class);
    private final Counter announced;
    private final Counter parked;
    private final Counter batchFallbacks;
    private final ConsumerMetrics consumer;

    RenderMetrics(MeterRegistry registry) {
        for (ArticleRendered.Status status : ArticleRendered.Status.values()) {
            rendered.put(status, Counter.builder(RENDERED).description("Renditions made from articles.submitted")
                    .tag("status", status.name().toLowerCase(Locale.ROOT)).register(registry));
        }
        this.announced = Counter.builder(ANNOUNCED).description("articles.rendered events Kafka acknowledged")
                .register(registry);
        this.parked = Counter.builder(PARKED).description("articles.rendered events Kafka refused for good, parked")
                .register(registry);
        this.batchFallbacks = Counter.builder(BATCH_FALLBACKS)
                .description("Polls rendered record by record because their one transaction failed").register(registry);
        this.consumer = new ConsumerMetrics(registry, CONSUMER);
    }

    /** The transaction that handled {@code record} committed; it made a rendition of {@code status}, or none (null). */
    public void consumed(ConsumerRecord<?, ?> record, ArticleRendered.Status status) {
        if (status != null) {
            rendered.get(status).increment();
        }
        consumer.applied(record);
    }

    /** The relay's transaction committed, having sent {@code sent} events and parked {@code parkedEvents}. */
    public void relayed(int sent, int parkedEvents) {
        announced.increment(sent);
        parked.increment(parkedEvents);
    }

    /** A poll's one transaction failed; its records are rendered one by one. */
    public void batchFellBack() {
        batchFallbacks.increment();
    }

    /** Kafka acknowledged {@code records} dead letters. */
    public void deadLettered(int records) {
        consumer.deadLettered(records);
    }
}
