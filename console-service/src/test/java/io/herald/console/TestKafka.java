package io.herald.console;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import io.herald.events.EventContract;

/**
 * The tests' own Kafka clients: writes records (with chosen timestamps and headers), creates topics, sets a consumer
 * group's committed offsets as a consumer that processed records would, reads a record back.
 */
public final class TestKafka implements AutoCloseable {

    private final Admin admin;
    private final KafkaProducer<byte[], byte[]> producer;
    private final String bootstrapServers;

    public TestKafka(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new ByteArraySerializer(), new ByteArraySerializer());
    }

    /** A text header. */
    public static Header header(String key, String value) {
        return new RecordHeader(key, value.getBytes(UTF_8));
    }

    /** The CloudEvents headers of an {@code articles.submitted} event, as ingest writes them. */
    public static List<Header> submittedHeaders(String eventId, String articleId, Instant time) {
        return List.of(header(EventContract.CE_SPECVERSION, EventContract.SPEC_VERSION),
                header(EventContract.CE_ID, eventId), header(EventContract.CE_TYPE, EventContract.TYPE_ARTICLE_SUBMITTED),
                header(EventContract.CE_SOURCE, "/ingest/test"), header(EventContract.CE_SUBJECT, articleId),
                header(EventContract.CE_TIME, time.toString()),
                header(EventContract.CONTENT_TYPE, EventContract.JSON));
    }

    /**
     * A letter as a consumer parks it: the original key, value and headers, plus the dead-letter headers naming the
     * reason and where the original was.
     */
    public static ProducerRecord<byte[], byte[]> letter(String topic, String key, String value, List<Header> original,
            String reason, String originTopic, int originPartition, long originOffset) {
        List<Header> headers = new ArrayList<>();
        headers.add(header("dead-letter-exception-class-name", "io.herald.events.InvalidEventException"));
        headers.add(header("dead-letter-reason", reason));
        headers.add(header("dead-letter-cause", "com.fasterxml.jackson.core.JsonParseException: Unrecognized token"));
        headers.add(header("dead-letter-topic", originTopic));
        headers.add(header("dead-letter-partition", String.valueOf(originPartition)));
        headers.add(header("dead-letter-offset", String.valueOf(originOffset)));
        headers.addAll(original);
        return new ProducerRecord<>(topic, null, key.getBytes(UTF_8), value == null ? null : value.getBytes(UTF_8),
                headers);
    }

    /** Writes {@code record} and waits for Kafka's acknowledgement. */
    public RecordMetadata send(ProducerRecord<byte[], byte[]> record) {
        try {
            return producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Writes a record with text key and value to one partition at {@code timestamp}. */
    public RecordMetadata send(String topic, int partition, Instant timestamp, String key, String value) {
        return send(new ProducerRecord<>(topic, partition, timestamp.toEpochMilli(), key.getBytes(UTF_8),
                value.getBytes(UTF_8)));
    }

    public void createTopic(String name, int partitions) {
        await(admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1))).all());
    }

    /** Sets {@code group}'s committed offset in {@code partition}, as a consumer that processed the records before. */
    public void commit(String group, TopicPartition partition, long offset) {
        await(admin.alterConsumerGroupOffsets(group, Map.of(partition, new OffsetAndMetadata(offset))).all());
    }

    /** The offset the next record written to {@code partition} gets. */
    public long endOffset(TopicPartition partition) {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            return consumer.endOffsets(List.of(partition)).get(partition);
        }
    }

    /** The record at {@code offset} of {@code partition}. */
    public ConsumerRecord<byte[], byte[]> read(TopicPartition partition, long offset) {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            consumer.assign(List.of(partition));
            consumer.seek(partition, offset);
            long giveUpAt = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < giveUpAt) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() == offset) {
                        return record;
                    }
                }
            }
            throw new AssertionError("no record at " + partition + " offset " + offset);
        }
    }

    private KafkaConsumer<byte[], byte[]> consumer() {
        return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
    }

    private static <T> T await(KafkaFuture<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        producer.close();
        admin.close();
    }
}
