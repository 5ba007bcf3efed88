package io.herald.catalog.consume;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.herald.catalog.metrics.CatalogMetrics;
import io.herald.catalog.store.ApplyOutcome;
import io.herald.catalog.store.ArticleCatalog;
import io.herald.events.DatabaseRetry;
import io.herald.events.InfrastructureFailure;
import io.herald.events.InvalidEventException;
import io.herald.events.SubmittedEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Applies {@code articles.submitted} a poll at a time: the whole batch in one transaction, in offset order. If
 * that transaction fails, each record gets a transaction of its own, so that one record the database refuses
 * does not hold back the others. Records that break the event contract or that the database refuses are
 * written to the dead-letter topic. The batch is acknowledged (and its offsets committed) only when this method
 * returns: after the transactions committed and Kafka acknowledged the dead letters. A failure that is not the
 * records' (the database is unreachable) makes no dead letter: the batch waits and is applied again, every
 * {@code herald.catalog.consume.database-retry}, until the database answers (readiness reports the database DOWN
 * meanwhile). What it applied and dead-lettered is counted ({@link CatalogMetrics}) once committed or acknowledged.
 * Each record's work is a span of its article's trace ({@link RecordSpans}).
 */
@ApplicationScoped
public class ArticleSubmittedConsumer {

    private static final Logger LOG = Logger.getLogger(ArticleSubmittedConsumer.class);
    private static final Comparator<RejectedRecord> IN_OFFSET_ORDER = Comparator
            .comparingInt((RejectedRecord letter) -> letter.origin().partition())
            .thenComparingLong(letter -> letter.origin().offset());

    private final ArticleCatalog catalog;
    private final DeadLetterTopic deadLetterTopic;
    private final CatalogMetrics metrics;
    private final Duration databaseRetry;
    private final RecordSpans recordSpans;

    ArticleSubmittedConsumer(ArticleCatalog catalog, DeadLetterTopic deadLetterTopic, CatalogMetrics metrics,
            @ConfigProperty(name = "herald.catalog.consume.database-retry") Duration databaseRetry,
            RecordSpans recordSpans) {
        this.catalog = catalog;
        this.deadLetterTopic = deadLetterTopic;
        this.metrics = metrics;
        this.databaseRetry = databaseRetry;
        this.recordSpans = recordSpans;
    }

    @Incoming("articles-submitted")
    @Blocking
    public void consume(ConsumerRecords<byte[], byte[]> records) {
        RecordSpans.Batch spans = recordSpans.begin(records);
        try {
            spans.end(applyAndParkRejected(records, spans));
        } catch (RuntimeException e) {
            spans.fail(e);
            throw e;
        }
    }

    /** Applies the batch and writes its dead letters; returns them. */
    private List<RejectedRecord> applyAndParkRejected(ConsumerRecords<byte[], byte[]> records, RecordSpans.Batch spans) {
        List<SubmittedRecord> decoded = new ArrayList<>(records.count());
        List<RejectedRecord> deadLetters = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> record : records) {
            try {
                decoded.add(SubmittedRecord.decode(record));
            } catch (InvalidEventException e) {
                deadLetters.add(new RejectedRecord(record, e));
            }
        }
        deadLetters.addAll(applyOnceTheDatabaseAnswers(decoded, spans));
        deadLetters.sort(IN_OFFSET_ORDER);
        deadLetterTopic.write(deadLetters);
        metrics.deadLettered(deadLetters.size());
        return deadLetters;
    }

    /** Applies the records, as often as the database is unreachable; returns those the database refused. */
    private List<RejectedRecord> applyOnceTheDatabaseAnswers(List<SubmittedRecord> decoded, RecordSpans.Batch spans) {
        return DatabaseRetry.untilTheDatabaseAnswers(() -> apply(decoded, spans), databaseRetry, (failure, attempt) ->
                LOG.warnf("The database did not answer (%s); %d events of partitions %s wait and are applied again in "
                        + "%s (attempt %d). Check that PostgreSQL is running and reachable.", failure.getMessage(),
                        decoded.size(), partitions(decoded), databaseRetry, attempt));
    }

    private List<RejectedRecord> apply(List<SubmittedRecord> decoded, RecordSpans.Batch spans) {
        List<RejectedRecord> refused = new ArrayList<>();
        if (!decoded.isEmpty() && !appliedAsOneBatch(decoded, spans)) {
            applyOneByOne(decoded, refused, spans);
        }
        return refused;
    }

    private static String partitions(List<SubmittedRecord> decoded) {
        return decoded.stream().map(record -> String.valueOf(record.origin().partition())).distinct().sorted()
                .collect(Collectors.joining(","));
    }

    private boolean appliedAsOneBatch(List<SubmittedRecord> decoded, RecordSpans.Batch spans) {
        List<SubmittedEvent> events = decoded.stream().map(SubmittedRecord::event).toList();
        try {
            List<ApplyOutcome> outcomes = QuarkusTransaction.requiringNew().call(() -> catalog.applyAll(events));
            for (int i = 0; i < outcomes.size(); i++) {
                metrics.applied(outcomes.get(i), decoded.get(i).origin());
                spans.applied(decoded.get(i), outcomes.get(i));
            }
            return true;
        } catch (RuntimeException e) {
            if (InfrastructureFailure.causedBy(e)) {
                throw e;
            }
            LOG.infof("A batch of %d events could not be applied in one transaction; applying them one by one",
                    events.size());
            metrics.batchFellBack();
            return false;
        }
    }

    private void applyOneByOne(List<SubmittedRecord> decoded, List<RejectedRecord> deadLetters,
            RecordSpans.Batch spans) {
        for (SubmittedRecord record : decoded) {
            SubmittedEvent submitted = record.event();
            try {
                ApplyOutcome outcome = QuarkusTransaction.requiringNew()
                        .call(() -> catalog.apply(submitted.eventId(), submitted.event()));
                metrics.applied(outcome, record.origin());
                spans.applied(record, outcome);
            } catch (RuntimeException e) {
                if (InfrastructureFailure.causedBy(e)) {
                    throw e;
                }
                deadLetters.add(new RejectedRecord(record.origin(), e));
            }
        }
    }
}
