package io.herald.catalog.consume;

import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.herald.catalog.metrics.CatalogMetrics;
import io.herald.catalog.store.ApplyOutcome;
import io.herald.catalog.store.ArticleCatalog;
import io.herald.events.ArticleSubmitted;
import io.herald.service.consume.DeadLetterTopic;
import io.herald.service.consume.RecordSpans;
import io.herald.service.consume.SubmittedBatches;
import io.herald.service.consume.SubmittedRecord;
import io.herald.service.tracing.Traces;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Applies {@code articles.submitted} to the catalog a poll at a time ({@link SubmittedBatches}): the whole batch in
 * one transaction, one transaction per record if that one fails; records that break the event contract, lack what
 * the catalog stores ({@link ArticleCatalog#requireStorable}) or that the database refuses are parked on
 * {@code articles.submitted.catalog-dlq}. The batch is acknowledged (and its offsets committed) only when this method
 * returns: after the transactions committed and Kafka acknowledged the dead letters. While the database does not
 * answer, the batch waits and is applied again, every {@code herald.catalog.consume.database-retry} (readiness reports
 * the database DOWN meanwhile). What it applied and dead-lettered is counted ({@link CatalogMetrics}) once committed
 * or acknowledged. Each record's work is a span {@value #SPAN} of its article's trace, with its outcome
 * ({@value #OUTCOME}).
 */
@ApplicationScoped
public class ArticleSubmittedConsumer implements SubmittedBatches.Work<ApplyOutcome> {

    /** Each record's span. */
    static final String SPAN = "catalog apply";
    /** What became of the record: an {@link ApplyOutcome}, or {@value RecordSpans#DEAD_LETTER}. */
    static final String OUTCOME = "herald.catalog.outcome";
    private static final String DEAD_LETTERS = "catalog-dead-letters";

    private final ArticleCatalog catalog;
    private final CatalogMetrics metrics;
    private final SubmittedBatches<ApplyOutcome> batches;

    ArticleSubmittedConsumer(ArticleCatalog catalog, CatalogMetrics metrics,
            @Channel(DEAD_LETTERS) MutinyEmitter<byte[]> deadLetters,
            @ConfigProperty(name = "mp.messaging.outgoing." + DEAD_LETTERS + ".topic") String deadLetterTopic,
            @ConfigProperty(name = "herald.catalog.dead-letters.send-timeout") Duration sendTimeout,
            @ConfigProperty(name = "herald.catalog.consume.database-retry") Duration databaseRetry, Traces traces) {
        this.catalog = catalog;
        this.metrics = metrics;
        this.batches = new SubmittedBatches<>(new DeadLetterTopic(deadLetters, deadLetterTopic, sendTimeout),
                new RecordSpans(traces, SPAN, OUTCOME), databaseRetry, metrics::batchFellBack, metrics::deadLettered);
    }

    @Incoming("articles-submitted")
    @Blocking
    public void consume(ConsumerRecords<byte[], byte[]> records) {
        batches.consume(records, this);
    }

    @Override
    public void requireApplicable(ArticleSubmitted event) {
        ArticleCatalog.requireStorable(event);
    }

    @Override
    public List<ApplyOutcome> applyAll(List<SubmittedRecord> records, RecordSpans.Batch spans) {
        return catalog.applyAll(records.stream().map(SubmittedRecord::event).toList());
    }

    @Override
    public void applied(SubmittedRecord record, ApplyOutcome outcome) {
        metrics.applied(outcome, record.origin());
    }
}
