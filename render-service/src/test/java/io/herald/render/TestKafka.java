package io.herald.render;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serdes;

import io.herald.events.ArticleSubmitted;
import io.herald.events.ArticleSubmittedDeserializer;
import io.herald.events.CloudEvent;
import io.herald.events.EventContract;
import io.herald.events.EventSerializer;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/** Sends events as ingest-service does (CloudEvents headers, EventSerializer values) and reads topics back. */
public final class TestKafka implements AutoCloseable {

    private final KafkaCompanion companion;

    public TestKafka(String bootstrapServers) {
        companion = new KafkaCompanion(bootstrapServers);
    }

    /** Submits the article under a new event id and returns that id. */
    public String submit(ArticleSubmitted article) {
        String eventId = UUID.randomUUID().toString();
        submit(article, eventId);
        return eventId;
    }

    public void submit(ArticleSubmitted article, String eventId) {
        companion.produce(Serdes.String(), Serdes.serdeFrom(new EventSerializer<ArticleSubmitted>(),
                        new ArticleSubmittedDeserializer()))
                .fromRecords(new ProducerRecord<>(EventContract.ARTICLES_SUBMITTED, null, article.articleId(), article,
                        headers(eventId, article.articleId())))
                .awaitCompletion();
    }

    /** Submits any bytes under valid headers, as a broken producer would. */
    public void submitRaw(String articleId, String eventId, String value) {
        companion.produce(Serdes.String(), Serdes.String())
                .fromRecords(new ProducerRecord<>(EventContract.ARTICLES_SUBMITTED, null, articleId, value,
                        headers(eventId, articleId)))
                .awaitCompletion();
    }

    /** Reads the topic from its beginning in the background; the task collects every record. */
    public ConsumerTask<String, byte[]> read(String topic) {
        return companion.consume(Serdes.String(), Serdes.ByteArray())
                .withOffsetReset(OffsetResetStrategy.EARLIEST)
                .fromTopics(topic);
    }

    /** The records collected so far with this key. */
    public static List<ConsumerRecord<String, byte[]>> withKey(ConsumerTask<String, byte[]> task, String key) {
        return task.getRecords().stream().filter(record -> key.equals(record.key())).toList();
    }

    private static RecordHeaders headers(String eventId, String articleId) {
        return new RecordHeaders(new CloudEvent(eventId, EventContract.TYPE_ARTICLE_SUBMITTED, "/ingest/demo", articleId,
                Instant.now()).toHeaders());
    }

    @Override
    public void close() {
        companion.close();
    }
}
