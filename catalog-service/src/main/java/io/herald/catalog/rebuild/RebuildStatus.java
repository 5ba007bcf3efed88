package io.herald.catalog.rebuild;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.herald.catalog.replay.TopicRange.PartitionProgress;

/**
 * Where a rebuild of the catalog is, or how it ended.
 *
 * @param state      running, succeeded or failed
 * @param groupId    the consumer group it read with ({@code catalog-rebuild-<epoch millis>}); nothing is committed
 * @param startedAt  when it started
 * @param finishedAt when it ended, if it did
 * @param records    records replayed so far: when succeeded, every record of the topic up to its end offsets
 * @param current    records that made a revision current
 * @param history    records stored as older revisions
 * @param duplicates records that changed nothing (seen before, e.g. applied meanwhile by the live consumer)
 * @param failed     records that could not be applied (they are dead letters of the live consumer too)
 * @param failures   the first failed records and why
 * @param partitions each partition's position and the end offset the rebuild stops at
 * @param error      why the rebuild stopped, when it failed
 */
public record RebuildStatus(
        State state,
        String groupId,
        Instant startedAt,
        Instant finishedAt,
        long records,
        long current,
        long history,
        long duplicates,
        long failed,
        List<Failure> failures,
        List<PartitionProgress> partitions,
        String error) {

    boolean running() {
        return state == State.RUNNING;
    }

    /** The states of a rebuild. */
    public enum State {
        @JsonProperty("running") RUNNING,
        @JsonProperty("succeeded") SUCCEEDED,
        @JsonProperty("failed") FAILED
    }

    /**
     * A record the rebuild could not apply.
     *
     * @param partition its partition in the source topic
     * @param offset    its offset there
     * @param key       its key
     * @param reason    why
     */
    public record Failure(int partition, long offset, String key, String reason) {
    }
}
