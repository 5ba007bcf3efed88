package io.herald.console.pipeline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

import io.herald.console.ConsoleConfig;
import io.herald.console.kafka.KafkaClients;
import io.herald.console.kafka.OffsetRange;
import io.herald.console.kafka.RangeReader;
import io.herald.console.kafka.TopicOffsets;
import io.herald.console.kafka.TopicOffsets.GroupMembers;

/**
 * Computes the pipeline's figures from Kafka itself: a stage that writes a topic counts the records written within
 * the window (end offset minus the first offset at or after the window's start); a consumer counts the window's
 * records it got past (its committed offset minus that same offset). A group's lag per partition is the end offset
 * minus its committed offset, and the oldest record it has not processed is the one at its committed offset, so that
 * a group none of whose consumers runs still shows how far behind it is and for how long.
 */
@ApplicationScoped
public class PipelineFigures {

    private final ConsoleConfig config;
    private final TopicOffsets offsets;
    private final KafkaClients clients;
    private final Clock clock = Clock.systemUTC();

    PipelineFigures(ConsoleConfig config, TopicOffsets offsets, KafkaClients clients) {
        this.config = config;
        this.offsets = offsets;
        this.clients = clients;
    }

    /** The figures as of now. */
    public PipelineView now() {
        Instant at = clock.instant();
        Duration window = config.window();
        Map<String, ConsoleConfig.Consumer> consumers = config.consumersByName();
        Set<String> topics = new LinkedHashSet<>(List.of(config.topics().submitted(), config.topics().rendered()));
        consumers.values().forEach(consumer -> {
            topics.add(consumer.topic());
            topics.add(consumer.deadLetterTopic());
        });
        Map<String, List<TopicPartition>> partitions = offsets.partitions(topics);
        List<TopicPartition> all = partitions.values().stream().flatMap(List::stream).toList();
        Offsets known = new Offsets(offsets.earliest(all), offsets.latest(all), offsets.since(all, at.minus(window)));

        Map<String, Map<TopicPartition, Long>> committed = new HashMap<>();
        consumers.forEach((name, consumer) -> committed.put(name, partitions.containsKey(consumer.topic())
                ? offsets.committed(consumer.group(), partitions.get(consumer.topic())) : Map.of()));

        List<StageCount> stages = new ArrayList<>();
        List<String> written = List.of(config.topics().submitted(), config.topics().rendered());
        for (String topic : written) {
            stages.add(new StageCount(topic.equals(config.topics().submitted()) ? "Ingest accepted" : "Rendered",
                    "records written to " + topic, known.sum(partitions.get(topic), p -> known.end(p) - known.since(p))));
            consumers.forEach((name, consumer) -> {
                if (consumer.topic().equals(topic)) {
                    stages.add(progress(name, consumer, partitions, committed.get(name), known));
                }
            });
        }
        consumers.forEach((name, consumer) -> {
            if (!written.contains(consumer.topic())) {
                stages.add(progress(name, consumer, partitions, committed.get(name), known));
            }
        });
        List<GroupLag> groups = new ArrayList<>();
        List<DeadLetterCount> deadLetters = new ArrayList<>();
        consumers.forEach((name, consumer) -> {
            groups.add(lag(name, consumer, partitions.getOrDefault(consumer.topic(), List.of()), committed.get(name),
                    known, at));
            List<TopicPartition> letters = partitions.get(consumer.deadLetterTopic());
            deadLetters.add(new DeadLetterCount(name, consumer.deadLetterTopic(),
                    known.sum(letters, p -> known.end(p) - known.start(p)),
                    known.sum(letters, p -> known.end(p) - known.since(p))));
        });
        return new PipelineView(at, window, stages, groups, deadLetters);
    }

    /** The window's records of the consumer's topic that its group got past. */
    private static StageCount progress(String name, ConsoleConfig.Consumer consumer,
            Map<String, List<TopicPartition>> partitions, Map<TopicPartition, Long> committed, Offsets known) {
        return new StageCount(name + " processed", "records of " + consumer.topic() + " written in the window that"
                + " group " + consumer.group() + " got past", known.sum(partitions.get(consumer.topic()),
                        p -> Math.max(0, committed.getOrDefault(p, 0L) - known.since(p))));
    }

    private GroupLag lag(String name, ConsoleConfig.Consumer consumer, List<TopicPartition> partitions,
            Map<TopicPartition, Long> committed, Offsets known, Instant at) {
        GroupMembers members = offsets.members(consumer.group());
        List<OffsetRange> behind = new ArrayList<>();
        for (TopicPartition partition : partitions) {
            long next = next(partition, committed, known);
            if (next < known.end(partition)) {
                behind.add(new OffsetRange(partition, next, known.end(partition), 1));
            }
        }
        Map<TopicPartition, Instant> oldest = new HashMap<>();
        if (!behind.isEmpty()) {
            try (Consumer<byte[], byte[]> reader = clients.reader()) {
                for (ConsumerRecord<byte[], byte[]> record : RangeReader.read(reader, behind, config.kafka().timeout())) {
                    oldest.put(new TopicPartition(record.topic(), record.partition()),
                            Instant.ofEpochMilli(record.timestamp()));
                }
            }
        }
        List<PartitionLag> lags = partitions.stream().map(partition -> {
            Instant waiting = oldest.get(partition);
            return new PartitionLag(partition.partition(), known.end(partition), committed.get(partition),
                    known.end(partition) - next(partition, committed, known), waiting,
                    waiting == null ? null : maxZero(Duration.between(waiting, at)));
        }).toList();
        return GroupLag.of(name, consumer.group(), consumer.topic(), members.state(), members.members(), lags);
    }

    /** The next offset the group processes: its committed offset, or the first one kept if it never committed. */
    private static long next(TopicPartition partition, Map<TopicPartition, Long> committed, Offsets known) {
        return Math.max(committed.getOrDefault(partition, known.start(partition)), known.start(partition));
    }

    private static Duration maxZero(Duration duration) {
        return duration.isNegative() ? Duration.ZERO : duration;
    }

    /** The offsets read at one moment: first kept, end, first within the window. */
    private record Offsets(Map<TopicPartition, Long> earliest, Map<TopicPartition, Long> latest,
            Map<TopicPartition, Long> since) {

        long start(TopicPartition partition) {
            return earliest.getOrDefault(partition, 0L);
        }

        long end(TopicPartition partition) {
            return latest.getOrDefault(partition, 0L);
        }

        long since(TopicPartition partition) {
            return since.getOrDefault(partition, end(partition));
        }

        /** The sum of {@code count} over {@code partitions}; null when the topic is missing. */
        Long sum(Collection<TopicPartition> partitions, ToLongFunction<TopicPartition> count) {
            return partitions == null ? null : partitions.stream().mapToLong(count).sum();
        }
    }
}
