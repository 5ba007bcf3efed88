package io.herald.bench;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;

import io.herald.events.ArticleSubmitted;
import io.herald.events.CloudEvent;
import io.herald.events.EventContract;
import io.herald.events.EventSerializer;

/** Writes generated articles to {@code articles.submitted} as ingest-service does (key, CloudEvents headers). */
final class ArticlesTopicWriter implements AutoCloseable {

    private final KafkaProducer<String, ArticleSubmitted> producer;

    ArticlesTopicWriter(String bootstrapServers) {
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 10,
                ProducerConfig.BATCH_SIZE_CONFIG, 262_144),
                new StringSerializer(), new EventSerializer<>());
    }

    /** Writes {@code articles} and waits for every ack. */
    void write(List<ArticleSubmitted> articles) {
        for (ArticleSubmitted article : articles) {
            CloudEvent event = new CloudEvent(UUID.randomUUID().toString(), EventContract.TYPE_ARTICLE_SUBMITTED,
                    "/ingest/" + GeneratedArticles.SOURCE, article.articleId(), Instant.now());
            producer.send(new ProducerRecord<>(EventContract.ARTICLES_SUBMITTED, null, article.articleId(), article,
                    new RecordHeaders(event.toHeaders())));
        }
        producer.flush();
    }

    @Override
    public void close() {
        producer.close();
    }
}
