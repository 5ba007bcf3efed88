package io.herald.catalog.testing;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;

import io.herald.events.ArticleSubmitted;
import io.herald.events.CloudEvent;
import io.herald.events.EventContract;
import io.herald.events.EventSerializer;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/** Writes to {@code articles.submitted} as ingest-service does, and reads the catalog's dead letters. */
public final class ArticlesTopic implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final KafkaCompanion kafka;

    public ArticlesTopic(String bootstrapServers) {
        this.kafka = new KafkaCompanion(bootstrapServers);
    }

    /** The CloudEvents headers ingest-service puts on an event. */
    public static List<Header> headers(String eventId, ArticleSubmitted event) {
        return new CloudEvent(eventId, EventContract.TYPE_ARTICLE_SUBMITTED, "/ingest/demo", event.articleId(),
                Instant.now()).toHeaders();
    }

    /** Submits {@code event} under a new event id, keyed by article id; returns the event id. */
    public String submit(ArticleSubmitted event) {
        String eventId = UUID.randomUUID().toString();
        submit(eventId, event, null);
        return eventId;
    }

    /** Submits {@code event} under {@code eventId}, to {@code partition} if given; returns the partition. */
    public int submit(String eventId, ArticleSubmitted event, Integer partition) {
        return kafka.produceWithSerializers(new StringSerializer(), new EventSerializer<ArticleSubmitted>())
                .fromRecords(new ProducerRecord<>(EventContract.ARTICLES_SUBMITTED, partition, event.articleId(), event,
                        headers(eventId, event)))
                .awaitCompletion(TIMEOUT).getFirstRecord().partition();
    }

    /**
     * Submits {@code events} to one partition under new event ids, in one producer batch (the producer lingers
     * until all are sent), so that the catalog most likely polls them together; returns the event ids.
     */
    public List<String> submitTogether(int partition, List<ArticleSubmitted> events) {
        List<String> eventIds = events.stream().map(event -> UUID.randomUUID().toString()).toList();
        List<ProducerRecord<String, ArticleSubmitted>> records = IntStream.range(0, events.size())
                .mapToObj(i -> new ProducerRecord<>(EventContract.ARTICLES_SUBMITTED, partition,
                        events.get(i).articleId(), events.get(i), headers(eventIds.get(i), events.get(i))))
                .toList();
        kafka.produceWithSerializers(new StringSerializer(), new EventSerializer<ArticleSubmitted>())
                .withConcurrency()
                .withProp(ProducerConfig.LINGER_MS_CONFIG, "1000")
                .fromRecords(records)
                .awaitCompletion(TIMEOUT);
        return eventIds;
    }

    /** Writes raw bytes, as a faulty producer might. */
    public void submitRaw(int partition, String key, byte[] value, List<Header> headers) {
        kafka.produce(Serdes.String(), Serdes.ByteArray())
                .fromRecords(new ProducerRecord<>(EventContract.ARTICLES_SUBMITTED, partition, key, value, headers))
                .awaitCompletion(TIMEOUT);
    }

    /** Reads the dead-letter topic from its start until what was read satisfies {@code done}. */
    public List<ConsumerRecord<String, byte[]>> deadLettersUntil(Predicate<List<ConsumerRecord<String, byte[]>>> done) {
        try (ConsumerTask<String, byte[]> task = kafka.consume(Serdes.String(), Serdes.ByteArray())
                .withProp(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest")
                .fromTopics(EventContract.ARTICLES_SUBMITTED_CATALOG_DLQ)) {
            return await().atMost(TIMEOUT).until(task::getRecords, done);
        }
    }

    @Override
    public void close() {
        kafka.close();
    }
}
