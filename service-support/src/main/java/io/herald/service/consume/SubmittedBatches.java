package io.herald.service.consume;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.jboss.logging.Logger;

import io.herald.events.ArticleSubmitted;
import io.herald.events.DatabaseRetry;
import io.herald.events.InfrastructureFailure;
import io.herald.events.InvalidEventException;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Applies {@code articles.submitted} a poll at a time: the whole batch in one transaction, in offset order. If that
 * transaction fails, each record gets a transaction of its own, so that one record the database refuses does not hold
 * back the others. Records that break the event contract (or the consumer's own rules) and records the database refuses
 * are written to the dead-letter topic. The batch is done (and its offsets may be committed) only when {@link #consume}
 * returns: after the transactions committed and Kafka acknowledged the dead letters. A failure that is not the records'
 * (the database is unreachable) makes no dead letter: the batch waits and is applied again, every
 * {@code databaseRetry}, until the database answers. What it applied, fell back on and dead-lettered is told once
 * committed, failed or acknowledged. Each record's work is a span of its article's trace ({@link RecordSpans}), with
 * its outcome's name in lower case.
 *
 * @param <O> what applying one record can come to, e.g. current, history, duplicate
 */
public final class SubmittedBatches<O extends Enum<O>> {

    /** What a consumer does with its records. */
    public interface Work<O extends Enum<O>> {

        /**
         * Checks what the consumer needs of an event beyond the contract; nothing by default.
         *
         * @throws InvalidEventException if it will never apply the event: a dead letter
         */
        default void requireApplicable(ArticleSubmitted event) {
        }

        /**
         * Applies the records inside the caller's transaction, in list order (offset order), as it would apply them one
         * by one; {@code spans} makes each record's span current while it is worked on, if the work records its trace.
         *
         * @return what each record came to, in list order
         */
        List<O> applyAll(List<SubmittedRecord> records, RecordSpans.Batch spans);

        /** The transaction that applied {@code record} with {@code outcome} committed. */
        void applied(SubmittedRecord record, O outcome);
    }

    private static final Logger LOG = Logger.getLogger(SubmittedBatches.class);
    private static final Comparator<RejectedRecord> IN_OFFSET_ORDER = Comparator
            .comparingInt((RejectedRecord letter) -> letter.origin().partition())
            .thenComparingLong(letter -> letter.origin().offset());

    private final DeadLetterTopic deadLetterTopic;
    private final RecordSpans recordSpans;
    private final Duration databaseRetry;
    private final Runnable fellBack;
    private final IntConsumer deadLettered;

    /**
     * @param fellBack     told when a batch's one transaction failed and its records are applied one by one
     * @param deadLettered told how many dead letters of a batch Kafka acknowledged
     */
    public SubmittedBatches(DeadLetterTopic deadLetterTopic, RecordSpans recordSpans, Duration databaseRetry,
            Runnable fellBack, IntConsumer deadLettered) {
        this.deadLetterTopic = deadLetterTopic;
        this.recordSpans = recordSpans;
        this.databaseRetry = databaseRetry;
        this.fellBack = fellBack;
        this.deadLettered = deadLettered;
    }

    /** Applies one poll's records with {@code work} and parks those it rejects. */
    public void consume(ConsumerRecords<byte[], byte[]> records, Work<O> work) {
        RecordSpans.Batch spans = recordSpans.begin(records);
        try {
            spans.end(applyAndParkRejected(records, work, spans));
        } catch (RuntimeException e) {
            spans.fail(e);
            throw e;
        }
    }

    /** Applies the batch and writes its dead letters; returns them. */
    private List<RejectedRecord> applyAndParkRejected(ConsumerRecords<byte[], byte[]> records, Work<O> work,
            RecordSpans.Batch spans) {
        List<SubmittedRecord> decoded = new ArrayList<>(records.count());
        List<RejectedRecord> deadLetters = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> record : records) {
            try {
                SubmittedRecord submitted = SubmittedRecord.decode(record);
                spans.decoded(submitted);
                work.requireApplicable(submitted.event().event());
                decoded.add(submitted);
            } catch (InvalidEventException e) {
                deadLetters.add(new RejectedRecord(record, e));
            }
        }
        deadLetters.addAll(applyOnceTheDatabaseAnswers(decoded, work, spans));
        deadLetters.sort(IN_OFFSET_ORDER);
        deadLetterTopic.write(deadLetters);
        deadLettered.accept(deadLetters.size());
        return deadLetters;
    }

    /** Applies the records, as often as the database is unreachable; returns those the database refused. */
    private List<RejectedRecord> applyOnceTheDatabaseAnswers(List<SubmittedRecord> decoded, Work<O> work,
            RecordSpans.Batch spans) {
        return DatabaseRetry.untilTheDatabaseAnswers(() -> apply(decoded, work, spans), databaseRetry,
                (failure, attempt) -> LOG.warnf("The database did not answer (%s); %d events of partitions %s wait and"
                        + " are applied again in %s (attempt %d). Check that PostgreSQL is running and reachable.",
                        failure.getMessage(), decoded.size(), partitions(decoded), databaseRetry, attempt));
    }

    private List<RejectedRecord> apply(List<SubmittedRecord> decoded, Work<O> work, RecordSpans.Batch spans) {
        List<RejectedRecord> refused = new ArrayList<>();
        if (!decoded.isEmpty() && !appliedAsOneBatch(decoded, work, spans)) {
            applyOneByOne(decoded, work, refused, spans);
        }
        return refused;
    }

    private static String partitions(List<SubmittedRecord> decoded) {
        return decoded.stream().map(record -> String.valueOf(record.origin().partition())).distinct().sorted()
                .collect(Collectors.joining(","));
    }

    private boolean appliedAsOneBatch(List<SubmittedRecord> decoded, Work<O> work, RecordSpans.Batch spans) {
        try {
            List<O> outcomes = QuarkusTransaction.requiringNew().call(() -> work.applyAll(decoded, spans));
            for (int i = 0; i < outcomes.size(); i++) {
                applied(decoded.get(i), outcomes.get(i), work, spans);
            }
            return true;
        } catch (RuntimeException e) {
            if (InfrastructureFailure.causedBy(e)) {
                throw e;
            }
            LOG.infof("A batch of %d events could not be applied in one transaction (%s); applying them one by one",
                    decoded.size(), e.getMessage());
            fellBack.run();
            return false;
        }
    }

    private void applyOneByOne(List<SubmittedRecord> decoded, Work<O> work, List<RejectedRecord> deadLetters,
            RecordSpans.Batch spans) {
        for (SubmittedRecord record : decoded) {
            try {
                O outcome = QuarkusTransaction.requiringNew().call(() -> work.applyAll(List.of(record), spans)).get(0);
                applied(record, outcome, work, spans);
            } catch (RuntimeException e) {
                if (InfrastructureFailure.causedBy(e)) {
                    throw e;
                }
                deadLetters.add(new RejectedRecord(record.origin(), e));
            }
        }
    }

    private static <O extends Enum<O>> void applied(SubmittedRecord record, O outcome, Work<O> work,
            RecordSpans.Batch spans) {
        work.applied(record, outcome);
        spans.applied(record, outcome.name().toLowerCase(Locale.ROOT));
    }
}
