package io.herald.catalog.deadletters;

import static io.smallrye.reactive.messaging.kafka.fault.KafkaDeadLetterQueue.DEAD_LETTER_CAUSE;
import static io.smallrye.reactive.messaging.kafka.fault.KafkaDeadLetterQueue.DEAD_LETTER_OFFSET;
import static io.smallrye.reactive.messaging.kafka.fault.KafkaDeadLetterQueue.DEAD_LETTER_PARTITION;
import static io.smallrye.reactive.messaging.kafka.fault.KafkaDeadLetterQueue.DEAD_LETTER_REASON;
import static io.smallrye.reactive.messaging.kafka.fault.KafkaDeadLetterQueue.DEAD_LETTER_TOPIC;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.jboss.logging.Logger;

import io.herald.catalog.replay.EventReplayer;
import io.herald.catalog.replay.KafkaReaders;
import io.herald.catalog.replay.OperationsConfig;
import io.herald.catalog.replay.TopicRange;
import io.herald.events.EventContract;
import io.herald.events.Failures;
import io.herald.events.SubmittedEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The catalog's dead letters, read from the dead-letter topic with a consumer that commits nothing, and their
 * re-drive: the original record is read back as the live consumer reads it and applied through the catalog; the
 * outcome is recorded, so that a letter once applied is not applied again and a letter that still fails shows why.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);
    private static final int PREVIEW_LENGTH = 200;

    private final KafkaReaders readers;
    private final OperationsConfig config;
    private final EventReplayer replayer;
    private final DeadLetterRedriveRepository redrives;

    DeadLetters(KafkaReaders readers, OperationsConfig config, EventReplayer replayer,
            DeadLetterRedriveRepository redrives) {
        this.readers = readers;
        this.config = config;
        this.replayer = replayer;
        this.redrives = redrives;
    }

    /** The first {@code limit} letters by partition and offset, only those not yet re-driven if {@code pendingOnly}. */
    public List<ParkedDeadLetter> list(boolean pendingOnly, int limit) {
        Map<DeadLetterRedrive.Key, DeadLetterRedrive> outcomes = redrives.ofTopic(topic());
        return readAll().stream()
                .map(record -> view(record, outcomes.get(key(record))))
                .filter(letter -> !pendingOnly || !letter.redriven())
                .limit(limit)
                .toList();
    }

    /**
     * Re-drives one letter.
     *
     * @return empty if the dead-letter topic holds no record at that partition and offset
     * @throws AlreadyRedrivenException if the letter was applied before
     */
    public Optional<RedriveResult> redrive(int partition, long offset) {
        DeadLetterRedrive previous = redrives.findById(new DeadLetterRedrive.Key(topic(), partition, offset));
        if (previous != null && previous.redriven()) {
            throw new AlreadyRedrivenException(previous);
        }
        return readOne(partition, offset).map(this::attempt);
    }

    /** Re-drives every letter not yet applied, in partition and offset order. */
    public BulkRedrive redriveAll() {
        Map<DeadLetterRedrive.Key, DeadLetterRedrive> outcomes = redrives.ofTopic(topic());
        List<RedriveResult> results = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : readAll()) {
            DeadLetterRedrive previous = outcomes.get(key(record));
            if (previous == null || !previous.redriven()) {
                results.add(attempt(record));
            }
        }
        return BulkRedrive.of(results);
    }

    private RedriveResult attempt(ConsumerRecord<String, byte[]> letter) {
        String eventId = header(letter.headers(), EventContract.CE_ID);
        String outcome;
        String reason = null;
        try {
            String originTopic = header(letter.headers(), DEAD_LETTER_TOPIC);
            SubmittedEvent event = SubmittedEvent.decode(originTopic == null ? config.sourceTopic() : originTopic,
                    letter.headers(), letter.value());
            outcome = replayer.apply(event).name().toLowerCase(Locale.ROOT);
            LOG.infof("Re-drove dead letter %d/%d (event %s): %s", letter.partition(), letter.offset(), eventId, outcome);
        } catch (RuntimeException e) {
            outcome = DeadLetterRedrive.FAILED;
            reason = Failures.reason(e);
            LOG.warnf("Dead letter %d/%d (event %s) still fails: %s", letter.partition(), letter.offset(), eventId, reason);
        }
        String recordedOutcome = outcome;
        String recordedReason = reason;
        QuarkusTransaction.requiringNew().run(() -> redrives.record(key(letter), recordedOutcome, recordedReason));
        return new RedriveResult(letter.partition(), letter.offset(), letter.key(), eventId, outcome, reason);
    }

    private List<ConsumerRecord<String, byte[]>> readAll() {
        List<ConsumerRecord<String, byte[]>> letters = new ArrayList<>();
        try (Consumer<String, byte[]> consumer = readers.open(null)) {
            TopicRange range = TopicRange.wholeTopic(consumer, topic(), config);
            while (!range.done()) {
                letters.addAll(range.next());
            }
        }
        letters.sort(Comparator.<ConsumerRecord<String, byte[]>>comparingInt(ConsumerRecord::partition)
                .thenComparingLong(ConsumerRecord::offset));
        return letters;
    }

    private Optional<ConsumerRecord<String, byte[]>> readOne(int partition, long offset) {
        try (Consumer<String, byte[]> consumer = readers.open(null)) {
            Optional<TopicRange> range = TopicRange.oneRecord(consumer, topic(), partition, offset, config);
            while (range.isPresent() && !range.get().done()) {
                Optional<ConsumerRecord<String, byte[]>> found = range.get().next().stream()
                        .filter(record -> record.offset() == offset).findFirst();
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }
    }

    private String topic() {
        return config.deadLetterTopic();
    }

    private DeadLetterRedrive.Key key(ConsumerRecord<String, byte[]> record) {
        return new DeadLetterRedrive.Key(topic(), record.partition(), record.offset());
    }

    private static ParkedDeadLetter view(ConsumerRecord<String, byte[]> record, DeadLetterRedrive redrive) {
        Headers headers = record.headers();
        String deadLetterReason = header(headers, DEAD_LETTER_REASON);
        boolean stillFailing = redrive != null && !redrive.redriven();
        return new ParkedDeadLetter(record.partition(), record.offset(), record.key(),
                Instant.ofEpochMilli(record.timestamp()),
                stillFailing ? redrive.reason : deadLetterReason, deadLetterReason, header(headers, DEAD_LETTER_CAUSE),
                new ParkedDeadLetter.Origin(header(headers, DEAD_LETTER_TOPIC),
                        number(header(headers, DEAD_LETTER_PARTITION), Integer::valueOf),
                        number(header(headers, DEAD_LETTER_OFFSET), Long::valueOf)),
                header(headers, EventContract.CE_ID), header(headers, EventContract.CE_TYPE), preview(record.value()),
                redrive != null && redrive.redriven(), ParkedDeadLetter.Redrive.of(redrive));
    }

    private static String preview(byte[] value) {
        if (value == null) {
            return null;
        }
        String text = new String(value, UTF_8);
        return text.codePointCount(0, text.length()) <= PREVIEW_LENGTH ? text
                : text.substring(0, text.offsetByCodePoints(0, PREVIEW_LENGTH)) + "…";
    }

    private static <T> T number(String text, Function<String, T> parse) {
        try {
            return text == null ? null : parse.apply(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String header(Headers headers, String key) {
        Header header = headers.lastHeader(key);
        return header == null || header.value() == null ? null : new String(header.value(), UTF_8);
    }
}
