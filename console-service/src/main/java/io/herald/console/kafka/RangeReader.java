package io.herald.console.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;

/** Reads fixed offset ranges with an assigned reader, within a time limit. */
public final class RangeReader {

    private static final Duration POLL = Duration.ofMillis(200);

    private RangeReader() {
    }

    /**
     * The records of {@code ranges} (each up to its limit), by partition and offset.
     *
     * @throws KafkaUnavailableException if they were not all read within {@code timeout}
     */
    public static List<ConsumerRecord<byte[], byte[]>> read(Consumer<byte[], byte[]> reader, List<OffsetRange> ranges,
            Duration timeout) {
        Map<TopicPartition, OffsetRange> open = new HashMap<>();
        for (OffsetRange range : ranges) {
            if (!range.isEmpty() && range.limit() > 0) {
                open.put(range.partition(), range);
            }
        }
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        if (open.isEmpty()) {
            return records;
        }
        Map<TopicPartition, Integer> taken = new HashMap<>();
        try {
            reader.assign(open.keySet());
            open.values().forEach(range -> reader.seek(range.partition(), range.from()));
            long giveUpAt = System.nanoTime() + timeout.toNanos();
            while (!open.isEmpty()) {
                if (System.nanoTime() - giveUpAt > 0) {
                    throw new KafkaUnavailableException("Kafka gave no records of " + open.keySet() + " within "
                            + timeout);
                }
                for (ConsumerRecord<byte[], byte[]> record : reader.poll(POLL)) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    OffsetRange range = open.get(partition);
                    if (range != null && record.offset() < range.to()) {
                        records.add(record);
                        if (taken.merge(partition, 1, Integer::sum) >= range.limit()) {
                            open.remove(partition);
                        }
                    }
                }
                open.values().removeIf(range -> reader.position(range.partition()) >= range.to());
                reader.pause(reader.assignment().stream().filter(partition -> !open.containsKey(partition)).toList());
            }
        } catch (KafkaException e) {
            throw new KafkaUnavailableException("Kafka refused a read: " + e.getMessage(), e);
        }
        records.sort(Comparator.<ConsumerRecord<byte[], byte[]>>comparingInt(ConsumerRecord::partition)
                .thenComparingLong(ConsumerRecord::offset));
        return records;
    }
}
