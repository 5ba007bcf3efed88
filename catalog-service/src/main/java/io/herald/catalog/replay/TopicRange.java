package io.herald.catalog.replay;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;

/**
 * A fixed stretch of a topic, read poll by poll with an assigned consumer: every partition from a start offset
 * up to (not including) an end offset fixed when the range was opened. Records written later are not part of it.
 * Not thread-safe, like the consumer it reads with.
 */
public final class TopicRange {

    private final Consumer<String, byte[]> consumer;
    private final Map<TopicPartition, Long> ends;
    private final Duration pollTimeout;
    private final Duration stallTimeout;
    private final Map<TopicPartition, Long> positions = new LinkedHashMap<>();

    private TopicRange(Consumer<String, byte[]> consumer, Map<TopicPartition, Long> ends, OperationsConfig config) {
        this.consumer = consumer;
        this.ends = ends;
        this.pollTimeout = config.pollTimeout();
        this.stallTimeout = config.stallTimeout();
        ends.keySet().forEach(partition -> positions.put(partition, consumer.position(partition)));
    }

    /** Every partition of {@code topic} from its earliest offset up to its end offset as of now. */
    public static TopicRange wholeTopic(Consumer<String, byte[]> consumer, String topic, OperationsConfig config) {
        List<TopicPartition> partitions = partitions(consumer, topic);
        consumer.assign(partitions);
        Map<TopicPartition, Long> beginnings = consumer.beginningOffsets(partitions);
        Map<TopicPartition, Long> endOffsets = consumer.endOffsets(partitions);
        Map<TopicPartition, Long> ends = new LinkedHashMap<>();
        for (TopicPartition partition : partitions) {
            ends.put(partition, endOffsets.get(partition));
            consumer.seek(partition, beginnings.get(partition));
        }
        return new TopicRange(consumer, ends, config);
    }

    /** Just the record at {@code offset} of {@code partition}, or empty when the topic holds no such offset. */
    public static Optional<TopicRange> oneRecord(Consumer<String, byte[]> consumer, String topic, int partition,
            long offset, OperationsConfig config) {
        TopicPartition topicPartition = new TopicPartition(topic, partition);
        if (!partitions(consumer, topic).contains(topicPartition)) {
            return Optional.empty();
        }
        consumer.assign(List.of(topicPartition));
        long beginning = consumer.beginningOffsets(List.of(topicPartition)).get(topicPartition);
        long end = consumer.endOffsets(List.of(topicPartition)).get(topicPartition);
        if (offset < beginning || offset >= end) {
            return Optional.empty();
        }
        consumer.seek(topicPartition, offset);
        return Optional.of(new TopicRange(consumer, Map.of(topicPartition, offset + 1), config));
    }

    /** Whether every record of the range was returned by {@link #next()}. */
    public boolean done() {
        return ends.entrySet().stream().allMatch(end -> positions.get(end.getKey()) >= end.getValue());
    }

    /**
     * The next records of the range, in offset order per partition; empty when {@link #done()}.
     *
     * @throws IllegalStateException when the range makes no progress for the stall timeout
     */
    public List<ConsumerRecord<String, byte[]>> next() {
        long giveUpAt = System.nanoTime() + stallTimeout.toNanos();
        while (!done()) {
            pauseFinishedPartitions();
            ConsumerRecords<String, byte[]> polled = consumer.poll(pollTimeout);
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>(polled.count());
            for (ConsumerRecord<String, byte[]> record : polled) {
                if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))) {
                    records.add(record);
                }
            }
            if (advance() || !records.isEmpty()) {
                return records;
            }
            if (System.nanoTime() - giveUpAt > 0) {
                throw new IllegalStateException("no progress reading " + progress() + " for " + stallTimeout);
            }
        }
        return List.of();
    }

    /** Each partition's position and end offset, by partition number. */
    public List<PartitionProgress> progress() {
        return ends.entrySet().stream()
                .map(end -> new PartitionProgress(end.getKey().partition(),
                        Math.min(positions.get(end.getKey()), end.getValue()), end.getValue()))
                .toList();
    }

    private void pauseFinishedPartitions() {
        List<TopicPartition> finished = ends.keySet().stream()
                .filter(partition -> positions.get(partition) >= ends.get(partition)).toList();
        consumer.pause(finished);
    }

    private boolean advance() {
        boolean moved = false;
        for (TopicPartition partition : ends.keySet()) {
            long position = consumer.position(partition);
            moved |= position != positions.put(partition, position);
        }
        return moved;
    }

    private static List<TopicPartition> partitions(Consumer<String, byte[]> consumer, String topic) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic);
        return infos == null ? List.of() : infos.stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .sorted(Comparator.comparingInt(TopicPartition::partition))
                .toList();
    }

    /**
     * How far a range got in one partition.
     *
     * @param partition the partition number
     * @param position  the next offset to read
     * @param endOffset where the range ends in this partition
     */
    public record PartitionProgress(int partition, long position, long endOffset) {
    }
}
