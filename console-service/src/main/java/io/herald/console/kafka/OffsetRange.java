package io.herald.console.kafka;

import org.apache.kafka.common.TopicPartition;

/**
 * Offsets {@code from} (inclusive) to {@code to} (exclusive) of one partition.
 *
 * @param limit the most records wanted from it; reading it stops once that many were read
 */
public record OffsetRange(TopicPartition partition, long from, long to, int limit) {

    public OffsetRange(TopicPartition partition, long from, long to) {
        this(partition, from, to, Integer.MAX_VALUE);
    }

    public boolean isEmpty() {
        return from >= to;
    }
}
