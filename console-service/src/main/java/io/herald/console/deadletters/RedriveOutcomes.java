package io.herald.console.deadletters;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

import io.herald.console.ConsoleConfig;
import io.herald.console.kafka.RecordText;
import io.herald.console.kafka.TopicOffsets;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Finds out what came of the re-drives written back to Kafka: once the consumer's group committed past the record
 * written back, it was either parked again (a letter with the same event id, written since the re-drive, is on the
 * dead-letter topic) or applied. The committed offset is read first: a consumer parks a record before it commits
 * past it, so a letter written for it is on the topic by then.
 */
@ApplicationScoped
class RedriveOutcomes {

    private final TopicOffsets offsets;
    private final DeadLetterTopics topics;
    private final RedriveRepository repository;
    private final ConsoleConfig config;

    RedriveOutcomes(TopicOffsets offsets, DeadLetterTopics topics, RedriveRepository repository,
            ConsoleConfig config) {
        this.offsets = offsets;
        this.topics = topics;
        this.repository = repository;
        this.config = config;
    }

    /** Settles each of {@code redrives} still open whose outcome is known now. */
    void settle(List<Redrive> redrives) {
        for (Redrive redrive : redrives) {
            if (redrive.outcome.open()) {
                config.consumer(redrive.consumer).ifPresent(consumer -> settle(redrive, consumer));
            }
        }
    }

    private void settle(Redrive redrive, ConsoleConfig.Consumer consumer) {
        TopicPartition written = new TopicPartition(redrive.targetTopic, redrive.targetPartition);
        Long committed = offsets.committed(consumer.group(), List.of(written)).get(written);
        if (committed == null || committed <= redrive.targetOffset) {
            return;
        }
        Optional<ConsumerRecord<byte[], byte[]>> parkedAgain = topics.since(redrive.deadLetterTopic,
                redrive.requestedAt).stream().filter(letter -> sameEvent(redrive, letter)).findFirst();
        if (parkedAgain.isPresent()) {
            ConsumerRecord<byte[], byte[]> letter = parkedAgain.get();
            redrive.settle(RedriveOutcome.DEAD_LETTERED_AGAIN, "parked again as " + letter.partition() + "/"
                    + letter.offset() + ": " + RecordText.header(letter.headers(), DeadLetterHeaders.REASON));
        } else {
            redrive.settle(RedriveOutcome.APPLIED, "group " + consumer.group() + " got past " + written + " offset "
                    + redrive.targetOffset + " and parked nothing for it");
        }
        QuarkusTransaction.requiringNew().run(() -> repository.getEntityManager().merge(redrive));
    }

    /** Whether {@code letter} parks the event {@code redrive} wrote back: the same event id, or key without one. */
    private static boolean sameEvent(Redrive redrive, ConsumerRecord<byte[], byte[]> letter) {
        String eventId = DeadLetterTopics.eventId(letter);
        return redrive.eventId != null ? redrive.eventId.equals(eventId)
                : eventId == null && Objects.equals(redrive.recordKey, RecordText.text(letter.key()));
    }
}
