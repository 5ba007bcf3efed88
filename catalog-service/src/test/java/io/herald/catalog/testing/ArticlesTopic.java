package io.herald.catalog.testing;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.Serdes;

import io.herald.events.EventContract;
import io.herald.events.testing.SubmittedTopic;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/** Writes to {@code articles.submitted} as ingest-service does ({@link SubmittedTopic}), and reads the catalog's dead letters. */
public final class ArticlesTopic extends SubmittedTopic {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final KafkaCompanion kafka;

    public ArticlesTopic(String bootstrapServers) {
        super(bootstrapServers);
        this.kafka = new KafkaCompanion(bootstrapServers);
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
        super.close();
        kafka.close();
    }
}
