package io.herald.catalog.rebuild;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

import io.herald.catalog.replay.EventReplayer;
import io.herald.catalog.replay.KafkaReaders;
import io.herald.catalog.replay.OperationsConfig;
import io.herald.catalog.replay.TopicRange;
import io.herald.catalog.store.ApplyOutcome;
import io.herald.events.Failures;
import io.herald.events.InfrastructureFailure;
import io.herald.events.SubmittedEvent;
import io.herald.service.operations.SingleRun;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Rebuilds the catalog from {@code articles.submitted}, in the background: in one transaction it empties the
 * catalog's tables, then reads the topic's end offsets, then replays every partition from its earliest offset up
 * to them, applying each poll's records through the catalog in one transaction (one by one when one of them
 * fails: a record the live consumer made a dead letter is counted as failed; a database failure stops the rebuild). The live consumer keeps running meanwhile: what it applies after the tables were emptied is a
 * duplicate for the rebuild, and nothing it applied before is missed, since the end offsets are read after.
 * One rebuild at a time per instance; its status is kept by the instance that runs it.
 */
@ApplicationScoped
public class CatalogRebuild {

    /** The tables every applied event writes to; what a rebuild empties. */
    static final List<String> CATALOG_TABLES = List.of("article", "article_revision", "processed_event");

    private static final Logger LOG = Logger.getLogger(CatalogRebuild.class);

    private final KafkaReaders readers;
    private final OperationsConfig config;
    private final EventReplayer replayer;
    private final EntityManager entityManager;
    private final SingleRun<RebuildStatus> runs = new SingleRun<>("catalog-rebuild", RebuildStatus::running);

    CatalogRebuild(KafkaReaders readers, OperationsConfig config, EventReplayer replayer, EntityManager entityManager) {
        this.readers = readers;
        this.config = config;
        this.replayer = replayer;
        this.entityManager = entityManager;
    }

    /**
     * Starts a rebuild.
     *
     * @throws RebuildRunningException if one is running already
     */
    public RebuildStatus start() {
        Instant startedAt = Instant.now();
        RebuildTally tally = new RebuildTally("catalog-rebuild-" + startedAt.toEpochMilli(), startedAt);
        return runs.start(tally.running(), RebuildRunningException::new, () -> run(tally));
    }

    /** The running or last rebuild of this instance, if any. */
    public Optional<RebuildStatus> status() {
        return runs.status();
    }

    @PreDestroy
    void stop() {
        runs.close();
    }

    private void run(RebuildTally tally) {
        String groupId = tally.groupId();
        LOG.infof("Rebuild %s: emptying %s", groupId, CATALOG_TABLES);
        try {
            QuarkusTransaction.requiringNew().run(() -> entityManager
                    .createNativeQuery("truncate table " + String.join(", ", CATALOG_TABLES)).executeUpdate());
            try (Consumer<String, byte[]> consumer = readers.open(groupId)) {
                TopicRange range = TopicRange.wholeTopic(consumer, config.sourceTopic(), config);
                tally.progress(range.progress());
                runs.report(tally.running());
                LOG.infof("Rebuild %s: replaying %s up to %s", groupId, config.sourceTopic(), range.progress());
                while (!range.done()) {
                    replay(range.next(), tally);
                    tally.progress(range.progress());
                    runs.report(tally.running());
                }
            }
            runs.report(tally.succeeded());
            LOG.infof("Rebuild %s succeeded: %s", groupId, runs.status().orElseThrow());
        } catch (RuntimeException e) {
            runs.report(tally.failed(Failures.reason(e)));
            LOG.errorf(e, "Rebuild %s failed", groupId);
        }
    }

    private void replay(List<ConsumerRecord<String, byte[]>> records, RebuildTally tally) {
        tally.read(records.size());
        List<ConsumerRecord<String, byte[]>> readable = new ArrayList<>(records.size());
        List<SubmittedEvent> events = new ArrayList<>(records.size());
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                events.add(SubmittedEvent.decode(record));
                readable.add(record);
            } catch (RuntimeException e) {
                tally.failed(record, Failures.reason(e));
            }
        }
        try {
            replayer.applyAll(events).forEach(tally::applied);
        } catch (RuntimeException batchFailure) {
            if (InfrastructureFailure.causedBy(batchFailure)) {
                throw batchFailure;
            }
            for (int i = 0; i < events.size(); i++) {
                try {
                    ApplyOutcome outcome = replayer.apply(events.get(i));
                    tally.applied(outcome);
                } catch (RuntimeException e) {
                    if (InfrastructureFailure.causedBy(e)) {
                        throw e;
                    }
                    tally.failed(readable.get(i), Failures.reason(e));
                }
            }
        }
    }
}
