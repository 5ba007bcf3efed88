package io.herald.console.kafka;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import io.smallrye.common.annotation.Identifier;

/**
 * The console's Kafka clients, built from every {@code kafka.*} setting (bootstrap servers, security): one Admin and
 * one producer for the console's life, and readers on demand. Readers belong to no group and commit nothing: they are
 * assigned partitions and seek; keys and values stay bytes, so that what is written back is exactly what was read.
 */
@ApplicationScoped
public class KafkaClients {

    /** Kafka's largest record in Herald (2 MiB, see devstack's HeraldTopics), which a re-drive must be able to send. */
    private static final int MAX_REQUEST_BYTES = 2 * 1024 * 1024;

    private final Map<String, Object> kafka;
    private Admin admin;
    private Producer<byte[], byte[]> producer;

    KafkaClients(@Identifier("default-kafka-broker") Map<String, Object> kafka) {
        this.kafka = kafka;
    }

    public synchronized Admin admin() {
        if (admin == null) {
            admin = Admin.create(settings(AdminClientConfig.configNames()));
        }
        return admin;
    }

    /** A new reader; the caller closes it. */
    public Consumer<byte[], byte[]> reader() {
        Map<String, Object> config = settings(ConsumerConfig.configNames());
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    /** The producer of re-drives: acknowledged by every in-sync replica, idempotent, as ingest sends. */
    public synchronized Producer<byte[], byte[]> producer() {
        if (producer == null) {
            Map<String, Object> config = settings(ProducerConfig.configNames());
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, MAX_REQUEST_BYTES);
            producer = new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    private Map<String, Object> settings(Set<String> names) {
        Map<String, Object> config = new HashMap<>();
        kafka.forEach((key, value) -> {
            if (names.contains(key) || key.startsWith("sasl.") || key.startsWith("ssl.")) {
                config.put(key, value);
            }
        });
        return config;
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close();
        }
        if (admin != null) {
            admin.close();
        }
    }
}
