package io.herald.console.kafka;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

import io.herald.console.ConsoleConfig;

/**
 * Finds the records of one key: they are all in the partition the key hashes to, read from its end backwards, a chunk
 * at a time, until the caller has enough, the partition's start or {@code herald.console.kafka.journey-scan-limit}
 * records looked at.
 */
@ApplicationScoped
public class KeyedRecords {

    private static final int CHUNK = 1000;

    private final KafkaClients clients;
    private final TopicOffsets offsets;
    private final ConsoleConfig config;

    KeyedRecords(KafkaClients clients, TopicOffsets offsets, ConsoleConfig config) {
        this.clients = clients;
        this.offsets = offsets;
        this.config = config;
    }

    /**
     * The records of a key in one topic, by offset.
     *
     * @param partition the partition they are in; null when the topic does not exist
     * @param complete  whether the whole partition was looked at (else the older records were not)
     * @param scanned   how many records were looked at
     */
    public record Found(List<ConsumerRecord<byte[], byte[]>> records, Integer partition, boolean complete,
            long scanned) {
    }

    /** The records of {@code key} in {@code topic}, newest chunk first until {@code enough} holds for those found. */
    public Found find(String topic, String key, Predicate<List<ConsumerRecord<byte[], byte[]>>> enough) {
        List<TopicPartition> partitions = offsets.partitions(topic);
        if (partitions.isEmpty()) {
            return new Found(List.of(), null, true, 0);
        }
        TopicPartition partition = new TopicPartition(topic, KeyPartition.of(key, partitions.size()));
        long start = offsets.earliest(List.of(partition)).get(partition);
        long to = offsets.latest(List.of(partition)).get(partition);
        byte[] wanted = key.getBytes(UTF_8);
        List<ConsumerRecord<byte[], byte[]>> found = new ArrayList<>();
        long scanned = 0;
        try (Consumer<byte[], byte[]> reader = clients.reader()) {
            while (to > start && scanned < config.kafka().journeyScanLimit() && !enough.test(found)) {
                long from = Math.max(start, to - CHUNK);
                for (ConsumerRecord<byte[], byte[]> record : RangeReader.read(reader,
                        List.of(new OffsetRange(partition, from, to)), config.kafka().timeout())) {
                    if (Arrays.equals(wanted, record.key())) {
                        found.add(record);
                    }
                }
                scanned += to - from;
                to = from;
            }
        }
        found.sort(Comparator.comparingLong(ConsumerRecord::offset));
        return new Found(found, partition.partition(), to <= start, scanned);
    }
}
