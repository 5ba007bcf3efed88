package io.herald.console.deadletters;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

import io.herald.console.ConsoleConfig;
import io.herald.console.kafka.KafkaClients;
import io.herald.console.kafka.OffsetRange;
import io.herald.console.kafka.RangeReader;
import io.herald.console.kafka.RecordText;
import io.herald.console.kafka.TopicOffsets;
import io.herald.events.EventContract;

/** Reads dead-letter topics: the newest letters, one letter, every letter, the letters written since a time. */
@ApplicationScoped
public class DeadLetterTopics {

    private static final int PREVIEW_LENGTH = 300;
    private static final int HEADER_LENGTH = 500;

    private final KafkaClients clients;
    private final TopicOffsets offsets;
    private final ConsoleConfig config;

    DeadLetterTopics(KafkaClients clients, TopicOffsets offsets, ConsoleConfig config) {
        this.clients = clients;
        this.offsets = offsets;
        this.config = config;
    }

    /** How many letters {@code topic} keeps and the newest {@code limit} of them, newest first. */
    public Newest newest(String topic, int limit) {
        List<TopicPartition> partitions = offsets.partitions(topic);
        Map<TopicPartition, Long> starts = offsets.earliest(partitions);
        Map<TopicPartition, Long> ends = offsets.latest(partitions);
        long total = partitions.stream().mapToLong(p -> ends.get(p) - starts.get(p)).sum();
        List<OffsetRange> ranges = partitions.stream()
                .map(p -> new OffsetRange(p, Math.max(starts.get(p), ends.get(p) - limit), ends.get(p))).toList();
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>(read(ranges));
        records.sort(Comparator.<ConsumerRecord<byte[], byte[]>>comparingLong(ConsumerRecord::timestamp).reversed()
                .thenComparing(Comparator.<ConsumerRecord<byte[], byte[]>>comparingLong(ConsumerRecord::offset)
                        .reversed()));
        return new Newest(!partitions.isEmpty(), total, records.stream().limit(limit).toList());
    }

    /** A topic's size and its newest records. */
    public record Newest(boolean topicExists, long total, List<ConsumerRecord<byte[], byte[]>> records) {
    }

    /** The letter at {@code offset} of {@code partition}, if the topic keeps one there. */
    public Optional<ConsumerRecord<byte[], byte[]>> one(String topic, int partition, long offset) {
        TopicPartition wanted = new TopicPartition(topic, partition);
        if (!offsets.partitions(topic).contains(wanted) || offset < offsets.earliest(List.of(wanted)).get(wanted)
                || offset >= offsets.latest(List.of(wanted)).get(wanted)) {
            return Optional.empty();
        }
        return read(List.of(new OffsetRange(wanted, offset, offset + 1))).stream()
                .filter(record -> record.offset() == offset).findFirst();
    }

    /** Every letter {@code topic} keeps, by partition and offset. */
    public List<ConsumerRecord<byte[], byte[]>> all(String topic) {
        List<TopicPartition> partitions = offsets.partitions(topic);
        Map<TopicPartition, Long> starts = offsets.earliest(partitions);
        Map<TopicPartition, Long> ends = offsets.latest(partitions);
        return read(partitions.stream().map(p -> new OffsetRange(p, starts.get(p), ends.get(p))).toList());
    }

    /** The letters of every partition of {@code topic} written at or after {@code time}. */
    public List<ConsumerRecord<byte[], byte[]>> since(String topic, Instant time) {
        List<TopicPartition> partitions = offsets.partitions(topic);
        Map<TopicPartition, Long> starts = offsets.since(partitions, time);
        Map<TopicPartition, Long> ends = offsets.latest(partitions);
        return read(partitions.stream().map(p -> new OffsetRange(p, starts.get(p), ends.get(p))).toList());
    }

    private List<ConsumerRecord<byte[], byte[]>> read(List<OffsetRange> ranges) {
        try (Consumer<byte[], byte[]> reader = clients.reader()) {
            return RangeReader.read(reader, ranges, config.kafka().timeout());
        }
    }

    /** {@code record} of {@code consumer}'s dead-letter topic as shown, with what re-driving it did. */
    static DeadLetter view(String consumer, ConsumerRecord<byte[], byte[]> record, LetterRedrive redrive) {
        return new DeadLetter(consumer, record.topic(), record.partition(), record.offset(),
                RecordText.text(record.key()), Instant.ofEpochMilli(record.timestamp()),
                RecordText.header(record.headers(), DeadLetterHeaders.REASON),
                RecordText.header(record.headers(), DeadLetterHeaders.CAUSE),
                RecordText.header(record.headers(), DeadLetterHeaders.TOPIC),
                RecordText.header(record.headers(), DeadLetterHeaders.PARTITION),
                RecordText.header(record.headers(), DeadLetterHeaders.OFFSET),
                eventId(record), RecordText.headers(record.headers(), HEADER_LENGTH),
                RecordText.preview(record.value(), PREVIEW_LENGTH), redrive);
    }

    /** The letter's {@code ce_id}, or null. */
    static String eventId(ConsumerRecord<byte[], byte[]> record) {
        return RecordText.header(record.headers(), EventContract.CE_ID);
    }
}
