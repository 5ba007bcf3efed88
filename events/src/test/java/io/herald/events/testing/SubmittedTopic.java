package io.herald.events.testing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import io.herald.events.ArticleSubmitted;
import io.herald.events.CloudEvent;
import io.herald.events.EventContract;
import io.herald.events.EventJson;

/**
 * Writes to {@code articles.submitted} as ingest-service does: keyed by article id, the CloudEvents headers, the
 * event in its contract JSON, every send acknowledged by all in-sync replicas before the call returns. The one way the
 * consuming services' tests put events on the topic; what they read back stays theirs.
 */
public class SubmittedTopic implements AutoCloseable {

    /** Where the tests' events say they come from. */
    public static final String SOURCE = "/ingest/test";

    /** One producer batch can hold everything {@link #submitTogether} sends while the producer lingers. */
    private static final int TOGETHER_LINGER_MS = 1000;

    private final String bootstrapServers;
    private final Producer<String, byte[]> producer;
    /** The producer of {@link #submitTogether}, made on its first use. */
    private Producer<String, byte[]> lingering;

    public SubmittedTopic(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        this.producer = producer(bootstrapServers, 0);
    }

    /** The CloudEvents headers ingest-service puts on an event about {@code articleId}. */
    public static List<Header> headers(String eventId, String articleId) {
        return new CloudEvent(eventId, EventContract.TYPE_ARTICLE_SUBMITTED, SOURCE, articleId, Instant.now())
                .toHeaders();
    }

    /** The CloudEvents headers ingest-service puts on {@code event}. */
    public static List<Header> headers(String eventId, ArticleSubmitted event) {
        return headers(eventId, event.articleId());
    }

    /** Submits {@code event} under a new event id; returns the event id. */
    public String submit(ArticleSubmitted event) {
        String eventId = UUID.randomUUID().toString();
        submit(eventId, event, null);
        return eventId;
    }

    /** Submits {@code event} under {@code eventId}, to {@code partition} if not null; returns the partition. */
    public int submit(String eventId, ArticleSubmitted event, Integer partition) {
        return acknowledged(producer.send(record(partition, eventId, event))).partition();
    }

    /**
     * Submits {@code events} to one partition under new event ids in one producer batch (the producer lingers until
     * all are sent), so that a consumer most likely polls them together; returns the event ids.
     */
    public List<String> submitTogether(int partition, List<ArticleSubmitted> events) {
        List<String> eventIds = events.stream().map(event -> UUID.randomUUID().toString()).toList();
        submitRawTogether(IntStream.range(0, events.size())
                .mapToObj(i -> record(partition, eventIds.get(i), events.get(i)))
                .toList());
        return eventIds;
    }

    /**
     * Writes {@code records} (good ones from {@link #record}, or any bytes under any headers) in one producer batch
     * per partition, as {@link #submitTogether} does, so that a consumer most likely polls them together.
     */
    public void submitRawTogether(List<ProducerRecord<String, byte[]>> records) {
        if (lingering == null) {
            lingering = producer(bootstrapServers, TOGETHER_LINGER_MS);
        }
        List<Future<RecordMetadata>> sends = records.stream().map(lingering::send).toList();
        sends.forEach(SubmittedTopic::acknowledged);
    }

    /** Writes any bytes under any headers, as a faulty producer might; {@code partition} may be null. */
    public void submitRaw(Integer partition, String key, byte[] value, List<Header> headers) {
        acknowledged(producer.send(
                new ProducerRecord<>(EventContract.ARTICLES_SUBMITTED, partition, key, value, headers)));
    }

    @Override
    public void close() {
        producer.close();
        if (lingering != null) {
            lingering.close();
        }
    }

    /** {@code event} as ingest-service writes it under {@code eventId}, to {@code partition} if not null. */
    public static ProducerRecord<String, byte[]> record(Integer partition, String eventId, ArticleSubmitted event) {
        return new ProducerRecord<>(EventContract.ARTICLES_SUBMITTED, partition, event.articleId(),
                EventJson.write(event), headers(eventId, event.articleId()));
    }

    private static RecordMetadata acknowledged(Future<RecordMetadata> send) {
        try {
            return send.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while Kafka acknowledged a test event", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka refused a test event", e.getCause());
        }
    }

    private static Producer<String, byte[]> producer(String bootstrapServers, int lingerMs) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, lingerMs),
                new StringSerializer(), new ByteArraySerializer());
    }
}
