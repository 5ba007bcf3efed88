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
 * @param lag        the records it has not processed, over every partition
 * @param oldestAge  how long its oldest unprocessed record has waited, over every partition; null when not behind
 * @param stalled    whether records wait while no member of the group runs: nothing will process them
 * @param partitions each partition's lag
 */
public record GroupLag(String consumer, String group, String topic, String state, int members, long lag,
        Duration oldestAge, boolean stalled, List<PartitionLag> partitions) {

    static GroupLag of(String consumer, String group, String topic, String state, int members,
            List<PartitionLag> partitions) {
        long lag = partitions.stream().mapToLong(PartitionLag::lag).sum();
        Duration oldest = partitions.stream().map(PartitionLag::oldestAge).filter(Objects::nonNull)
                .max(Duration::compareTo).orElse(null);
        return new GroupLag(consumer, group, topic, state, members, lag, oldest, members == 0 && lag > 0, partitions);
    }
}
