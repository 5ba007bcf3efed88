package io.herald.catalog.rebuild;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.herald.catalog.rebuild.RebuildStatus.State;
import io.herald.catalog.replay.TopicRange.PartitionProgress;
import io.herald.catalog.store.ApplyOutcome;

/** The counts of one running rebuild, kept by its worker thread and published as {@link RebuildStatus} snapshots. */
final class RebuildTally {

    private static final int FAILURES_LISTED = 20;

    private final String groupId;
    private final Instant startedAt;
    private final List<RebuildStatus.Failure> failures = new ArrayList<>();
    private List<PartitionProgress> partitions = List.of();
    private long records;
    private long current;
    private long history;
    private long duplicates;
    private long failed;

    RebuildTally(String groupId, Instant startedAt) {
        this.groupId = groupId;
        this.startedAt = startedAt;
    }

    String groupId() {
        return groupId;
    }

    void read(int count) {
        records += count;
    }

    void applied(ApplyOutcome outcome) {
        switch (outcome) {
            case CURRENT -> current++;
            case HISTORY -> history++;
            case DUPLICATE -> duplicates++;
        }
    }

    void failed(ConsumerRecord<String, byte[]> record, String reason) {
        failed++;
        if (failures.size() < FAILURES_LISTED) {
            failures.add(new RebuildStatus.Failure(record.partition(), record.offset(), record.key(), reason));
        }
    }

    void progress(List<PartitionProgress> partitions) {
        this.partitions = partitions;
    }

    RebuildStatus running() {
        return status(State.RUNNING, null, null);
    }

    RebuildStatus succeeded() {
        return status(State.SUCCEEDED, Instant.now(), null);
    }

    RebuildStatus failed(String error) {
        return status(State.FAILED, Instant.now(), error);
    }

    private RebuildStatus status(State state, Instant finishedAt, String error) {
        return new RebuildStatus(state, groupId, startedAt, finishedAt, records, current, history, duplicates, failed,
                List.copyOf(failures), partitions, error);
    }
}
