package io.herald.console.deadletters;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.herald.console.ConsoleConfig;
import io.herald.console.services.ServiceRefusedException;
import io.herald.console.services.ServiceUnavailableException;
import io.herald.service.problem.ProblemException;

/**
 * Every consumer's dead letters: browsing them newest first with what re-driving them did, re-driving one or all,
 * and the console's record of re-drives with their outcomes. The catalog re-drives its own letters; the others are
 * written back to the topic their consumer reads.
 */
@ApplicationScoped
public class DeadLetterRedrives {

    private final ConsoleConfig config;
    private final DeadLetterTopics topics;
    private final ProducedRedrives produced;
    private final CatalogRedrives catalog;
    private final RedriveOutcomes outcomes;
    private final RedriveRepository repository;

    DeadLetterRedrives(ConsoleConfig config, DeadLetterTopics topics, ProducedRedrives produced,
            CatalogRedrives catalog, RedriveOutcomes outcomes, RedriveRepository repository) {
        this.config = config;
        this.topics = topics;
        this.produced = produced;
        this.catalog = catalog;
        this.outcomes = outcomes;
        this.repository = repository;
    }

    /** The newest {@code limit} letters of {@code consumer}, each with what re-driving it did. */
    public LetterPage newest(String consumer, int limit) {
        ConsoleConfig.Consumer configured = consumer(consumer);
        DeadLetterTopics.Newest newest = topics.newest(configured.deadLetterTopic(), limit);
        Map<String, LetterRedrive> states = new HashMap<>();
        List<Redrive> recorded = repository.ofTopic(configured.deadLetterTopic());
        outcomes.settle(recorded);
        recorded.forEach(redrive -> states.put(redrive.deadLetterPartition + "/" + redrive.deadLetterOffset,
                LetterRedrive.of(redrive)));
        String source = "Re-drive states from the console's record";
        if (configured.redrive() == ConsoleConfig.RedriveMode.CATALOG && newest.topicExists()) {
            try {
                states.putAll(catalog.states());
                source = "Re-drive states from catalog-service (its first letters) and the console's record";
            } catch (ServiceUnavailableException | ServiceRefusedException e) {
                source = "The re-drive states catalog-service keeps are unknown (" + e.getMessage()
                        + "); shown from the console's record";
            }
        }
        List<DeadLetter> letters = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> record : newest.records()) {
            letters.add(DeadLetterTopics.view(consumer, record, states.getOrDefault(record.partition() + "/"
                    + record.offset(), LetterRedrive.NONE)));
        }
        return new LetterPage(consumer, configured.deadLetterTopic(), newest.topicExists(), newest.total(), letters,
                source);
    }

    /**
     * Re-drives one letter.
     *
     * @throws ProblemException 404 when there is no such letter, 409 when it was re-driven before
     */
    public Redrive redrive(String consumer, int partition, long offset, String operator) {
        ConsoleConfig.Consumer configured = consumer(consumer);
        if (configured.redrive() == ConsoleConfig.RedriveMode.CATALOG) {
            return catalog.redrive(consumer, configured.deadLetterTopic(), partition, offset, operator);
        }
        repository.last(configured.deadLetterTopic(), partition, offset)
                .filter(previous -> previous.outcome.redriven())
                .ifPresent(previous -> {
                    throw ProblemException.conflict("dead letter " + previous.letter() + " was re-driven by "
                            + previous.operator + " at " + previous.requestedAt + " (" + previous.outcome.label()
                            + "); a letter is re-driven once: if it was parked again, re-drive the new letter");
                });
        ConsumerRecord<byte[], byte[]> letter = topics.one(configured.deadLetterTopic(), partition, offset)
                .orElseThrow(() -> ProblemException.notFound("no dead letter at " + configured.deadLetterTopic()
                        + " partition " + partition + " offset " + offset));
        return produced.redrive(consumer, configured, letter, operator);
    }

    /**
     * Re-drives every letter of {@code consumer} not re-driven yet, oldest first per partition, so that the revisions
     * of one article go back in their order; stops at the first Kafka refuses.
     */
    public List<Redrive> redriveAll(String consumer, String operator) {
        ConsoleConfig.Consumer configured = consumer(consumer);
        if (configured.redrive() == ConsoleConfig.RedriveMode.CATALOG) {
            return catalog.redriveAll(consumer, configured.deadLetterTopic(), operator);
        }
        Map<String, Redrive> last = new HashMap<>();
        repository.ofTopic(configured.deadLetterTopic()).forEach(redrive -> last.put(redrive.deadLetterPartition
                + "/" + redrive.deadLetterOffset, redrive));
        List<Redrive> done = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> letter : topics.all(configured.deadLetterTopic())) {
            Redrive previous = last.get(letter.partition() + "/" + letter.offset());
            if (previous != null && previous.outcome.redriven()) {
                continue;
            }
            Redrive redrive = produced.redrive(consumer, configured, letter, operator);
            done.add(redrive);
            if (redrive.outcome == RedriveOutcome.SEND_FAILED) {
                break;
            }
        }
        return done;
    }

    /** The newest {@code limit} re-drives, newest first, each settled when its outcome is known now. */
    public List<Redrive> history(int limit) {
        List<Redrive> newest = repository.newest(limit);
        outcomes.settle(newest);
        return newest;
    }

    private ConsoleConfig.Consumer consumer(String name) {
        return config.consumer(name).orElseThrow(() -> ProblemException.invalidParameter("consumer",
                "must be one of " + config.consumersByName().keySet(), name));
    }
}
