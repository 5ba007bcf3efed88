package io.herald.console.kafka;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

import io.herald.console.ConsoleConfig;

/**
 * What Kafka's Admin API says about topics and consumer groups: partitions, the offsets at a partition's start and
 * end and at a time, a group's committed offsets and members. Each call waits at most {@code herald.console.kafka.timeout}.
 */
@ApplicationScoped
public class TopicOffsets {

    private final KafkaClients clients;
    private final Duration timeout;

    TopicOffsets(KafkaClients clients, ConsoleConfig config) {
        this.clients = clients;
        this.timeout = config.kafka().timeout();
    }

    /** A consumer group's state (e.g. Stable, Empty, Dead) and how many members it has. */
    public record GroupMembers(String state, int members) {
    }

    /** Each existing topic of {@code topics} with its partitions in order; a missing topic is left out. */
    public Map<String, List<TopicPartition>> partitions(Collection<String> topics) {
        Map<String, KafkaFuture<TopicDescription>> described = clients.admin().describeTopics(topics.stream().distinct()
                .toList()).topicNameValues();
        Map<String, List<TopicPartition>> partitions = new LinkedHashMap<>();
        for (String topic : topics) {
            try {
                TopicDescription description = await(described.get(topic));
                partitions.put(topic, description.partitions().stream()
                        .map(info -> new TopicPartition(topic, info.partition()))
                        .sorted(Comparator.comparingInt(TopicPartition::partition)).toList());
            } catch (KafkaUnavailableException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                    throw e;
                }
            }
        }
        return partitions;
    }

    /** The partitions of {@code topic}; empty when it does not exist. */
    public List<TopicPartition> partitions(String topic) {
        return partitions(List.of(topic)).getOrDefault(topic, List.of());
    }

    /** Each partition's first offset still kept. */
    public Map<TopicPartition, Long> earliest(Collection<TopicPartition> partitions) {
        return offsets(partitions, OffsetSpec.earliest());
    }

    /** Each partition's end offset: the offset the next record gets. */
    public Map<TopicPartition, Long> latest(Collection<TopicPartition> partitions) {
        return offsets(partitions, OffsetSpec.latest());
    }

    /** Each partition's first offset whose record was written at or after {@code time}; its end offset if none was. */
    public Map<TopicPartition, Long> since(Collection<TopicPartition> partitions, Instant time) {
        Map<TopicPartition, Long> found = offsets(partitions, OffsetSpec.forTimestamp(time.toEpochMilli()));
        Map<TopicPartition, Long> ends = null;
        Map<TopicPartition, Long> since = new HashMap<>();
        for (TopicPartition partition : partitions) {
            Long offset = found.get(partition);
            if (offset == null || offset < 0) {
                ends = ends == null ? latest(partitions) : ends;
                offset = ends.get(partition);
            }
            since.put(partition, offset);
        }
        return since;
    }

    /** The group's committed offset of each of {@code partitions}; a partition it never committed is left out. */
    public Map<TopicPartition, Long> committed(String group, Collection<TopicPartition> partitions) {
        if (partitions.isEmpty()) {
            return Map.of();
        }
        ListConsumerGroupOffsetsSpec spec = new ListConsumerGroupOffsetsSpec().topicPartitions(List.copyOf(partitions));
        Map<TopicPartition, OffsetAndMetadata> offsets = await(clients.admin()
                .listConsumerGroupOffsets(Map.of(group, spec)).partitionsToOffsetAndMetadata(group));
        Map<TopicPartition, Long> committed = new HashMap<>();
        offsets.forEach((partition, offset) -> {
            if (offset != null) {
                committed.put(partition, offset.offset());
            }
        });
        return committed;
    }

    /** The group's state and number of members; {@code Dead} with none when Kafka does not know the group. */
    public GroupMembers members(String group) {
        try {
            ConsumerGroupDescription description = await(clients.admin().describeConsumerGroups(List.of(group))
                    .describedGroups().get(group));
            return new GroupMembers(String.valueOf(description.groupState()), description.members().size());
        } catch (KafkaUnavailableException e) {
            if (e.getCause() instanceof GroupIdNotFoundException) {
                return new GroupMembers("Dead", 0);
            }
            throw e;
        }
    }

    private Map<TopicPartition, Long> offsets(Collection<TopicPartition> partitions, OffsetSpec spec) {
        if (partitions.isEmpty()) {
            return Map.of();
        }
        Map<TopicPartition, ListOffsetsResultInfo> answer = await(clients.admin()
                .listOffsets(partitions.stream().distinct().collect(Collectors.toMap(Function.identity(), p -> spec)))
                .all());
        Map<TopicPartition, Long> offsets = new HashMap<>();
        answer.forEach((partition, info) -> offsets.put(partition, info.offset()));
        return offsets;
    }

    private <T> T await(KafkaFuture<T> future) {
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaUnavailableException("interrupted while waiting for Kafka", e);
        } catch (ExecutionException e) {
            throw new KafkaUnavailableException("Kafka refused: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new KafkaUnavailableException("Kafka did not answer within " + timeout, e);
        }
    }
}
