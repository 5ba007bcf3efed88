package io.herald.catalog.consume;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.herald.catalog.store.ApplyOutcome;
import io.herald.catalog.store.ArticleCatalog;
import io.herald.events.ArticleSubmitted;
import io.herald.events.CloudEvent;
import io.herald.events.EventContract;
import io.herald.events.InvalidEventException;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Applies each record of {@code articles.submitted} to the catalog in one transaction. The offset is
 * acknowledged only after that transaction committed; a record that throws is sent to the dead-letter
 * topic instead (see {@code application.properties}).
 */
@ApplicationScoped
public class ArticleSubmittedConsumer {

    /** Counter of applied events, tagged with the {@link ApplyOutcome}. */
    public static final String EVENTS_METRIC = "herald.catalog.events";

    private static final Logger LOG = Logger.getLogger(ArticleSubmittedConsumer.class);

    private final ArticleCatalog catalog;
    private final MeterRegistry metrics;

    ArticleSubmittedConsumer(ArticleCatalog catalog, MeterRegistry metrics) {
        this.catalog = catalog;
        this.metrics = metrics;
    }

    @Incoming("articles-submitted")
    @Transactional
    public void consume(ConsumerRecord<String, ArticleSubmitted> record) {
        CloudEvent attributes = CloudEvent.from(record.headers());
        if (!EventContract.TYPE_ARTICLE_SUBMITTED.equals(attributes.type())) {
            throw new InvalidEventException("unexpected event type " + attributes.type());
        }
        if (record.value() == null) {
            throw new InvalidEventException("record has no value");
        }
        ApplyOutcome outcome = catalog.apply(attributes.id(), record.value());
        metrics.counter(EVENTS_METRIC, "outcome", outcome.name().toLowerCase(Locale.ROOT)).increment();
        LOG.debugf("%s revision %d (event %s): %s", record.value().articleId(), record.value().revision(),
                attributes.id(), outcome);
    }
}
