package io.herald.console.pipeline;

import java.time.Duration;
import java.time.Instant;

/**
 * How far a consumer group is behind in one partition.
 *
 * @param partition    the partition
 * @param endOffset    the offset the next record written gets
 * @param committed    the group's committed offset: the next record it will process; null when it never committed
 * @param lag          records written that the group has not processed: end offset minus committed offset (minus the
 *                     first offset kept when it never committed)
 * @param oldestAt     when the oldest record it has not processed was written; null when it is not behind
 * @param oldestAge    how long that record has waited; null when it is not behind
 */
public record PartitionLag(int partition, long endOffset, Long committed, long lag, Instant oldestAt,
        Duration oldestAge) {
}
