package io.herald.console.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A consumer group's lag, read from Kafka: it shows even when no member of the group is running.
 *
 * @param consumer   the consumer's name in the console's configuration
 * @param group      the consumer group id
 * @param topic      the topic it consumes
 * @param state      the group's state as Kafka tells it, e.g. Stable, Empty, Dead
 * @param members    how many consumers are in the group now
 * @param partitions each partition's lag
 */
public record GroupLag(String consumer, String group, String topic, String state, int members,
        List<PartitionLag> partitions) {

    /** The records it has not processed, over every partition. */
    public long lag() {
        return partitions.stream().mapToLong(PartitionLag::lag).sum();
    }

    /** How long its oldest unprocessed record has waited, over every partition; null when it is not behind. */
    public Duration oldestAge() {
        return partitions.stream().map(PartitionLag::oldestAge).filter(Objects::nonNull)
                .max(Duration::compareTo).orElse(null);
    }

    /** Whether records wait while no member of the group runs: nothing will process them. */
    public boolean stalled() {
        return members == 0 && lag() > 0;
    }
}
