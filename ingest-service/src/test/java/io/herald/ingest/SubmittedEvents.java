package io.herald.ingest;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;

import io.herald.events.ArticleSubmitted;
import io.herald.events.EventContract;
import io.herald.events.EventJson;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/** Reads {@code articles.submitted} from the start for the records of one article. */
public final class SubmittedEvents {

    private SubmittedEvents() {
    }

    /** Waits until the topic holds exactly {@code count} records keyed {@code articleId}, and returns them. */
    public static List<ConsumerRecord<String, String>> recordsFor(String bootstrapServers, String articleId, int count) {
        List<ConsumerRecord<String, String>> records = atLeast(bootstrapServers, articleId, count);
        assertEquals(count, records.size());
        return records;
    }

    /** The distinct {@code ce_id}s of the records keyed {@code articleId}, once the topic holds at least one. */
    public static Set<String> eventIdsFor(String bootstrapServers, String articleId) {
        return atLeast(bootstrapServers, articleId, 1).stream()
                .map(record -> KafkaCompanion.getHeader(record.headers(), EventContract.CE_ID))
                .collect(Collectors.toSet());
    }

    public static ArticleSubmitted article(ConsumerRecord<String, String> record) {
        return EventJson.read(record.value().getBytes(StandardCharsets.UTF_8), ArticleSubmitted.class);
    }

    private static List<ConsumerRecord<String, String>> atLeast(String bootstrapServers, String articleId, int count) {
        try (KafkaCompanion kafka = new KafkaCompanion(bootstrapServers);
                ConsumerTask<String, String> task = kafka
                        .consumeWithDeserializers(new StringDeserializer(), new StringDeserializer())
                        .withGroupId("test-" + UUID.randomUUID())
                        .withProp(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest")
                        .fromTopics(EventContract.ARTICLES_SUBMITTED)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> keyed(task, articleId).size() >= count);
            return keyed(task, articleId);
        }
    }

    private static List<ConsumerRecord<String, String>> keyed(ConsumerTask<String, String> task, String key) {
        return task.getRecords().stream().filter(record -> key.equals(record.key())).toList();
    }
}
