package io.herald.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.herald.events.EventContract;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class KafkaServerTest {

    @Test
    void keepsTopicsAndRecordsAcrossARestart() throws Exception {
        Path home = Files.createTempDirectory("kafka-server-");
        int port = PortCheck.freePort();

        try (KafkaServer kafka = KafkaServer.start(home, port, PortCheck.freePort(), EventContract.DEFAULT_PARTITIONS)) {
            TopicAdmin.createMissing(kafka.bootstrapServers(), HeraldTopics.all());
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>(EventContract.ARTICLES_SUBMITTED, "herald:1", "第12期")).get();
            }
        }

        // Same home, same client port, another controller port: formatted once, data still there.
        try (KafkaServer kafka = KafkaServer.start(home, port, PortCheck.freePort(), EventContract.DEFAULT_PARTITIONS)) {
            TopicAdmin.createMissing(kafka.bootstrapServers(), HeraldTopics.all());
            assertEquals(List.of("herald:1=第12期"), readAll(kafka.bootstrapServers(), EventContract.ARTICLES_SUBMITTED, 1));
        }
    }

    private static List<String> readAll(String bootstrapServers, String topic, int expected) {
        List<String> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "restart-check",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (records.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    records.add(record.key() + "=" + record.value());
                }
            }
        }
        return records;
    }
}
