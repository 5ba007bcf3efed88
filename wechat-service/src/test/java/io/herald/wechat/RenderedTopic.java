package io.herald.wechat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import io.herald.events.ArticleRendered;
import io.herald.events.ArticleRendered.WechatArticle;
import io.herald.events.CloudEvent;
import io.herald.events.EventContract;
import io.herald.events.EventJson;

/** Announces articles on {@code articles.rendered} as render-service does: key, CloudEvents headers, event JSON. */
public final class RenderedTopic implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;

    public RenderedTopic(String bootstrapServers) {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
    }

    /** Sends the event with a new event id; returns that id. */
    public String announce(ArticleRendered event) {
        String eventId = UUID.randomUUID().toString();
        announce(eventId, event);
        return eventId;
    }

    /** Sends the event with the given event id (twice for a duplicate). */
    public void announce(String eventId, ArticleRendered event) {
        send(eventId, event.articleId(), EventJson.write(event), List.of());
    }

    /** Sends any bytes as an event about {@code articleId}, with render's headers and a new event id. */
    public void announceRaw(String articleId, byte[] value) {
        send(UUID.randomUUID().toString(), articleId, value, List.of());
    }

    /** Sends the event with a new event id in the trace of {@code traceparent}, as render relays it. */
    public void announceInTrace(ArticleRendered event, String traceparent) {
        send(UUID.randomUUID().toString(), event.articleId(), EventJson.write(event),
                List.of(new RecordHeader("traceparent", traceparent.getBytes(StandardCharsets.UTF_8))));
    }

    private void send(String eventId, String articleId, byte[] value, List<Header> more) {
        CloudEvent cloudEvent = new CloudEvent(eventId, EventContract.TYPE_ARTICLE_RENDERED, "/render", articleId,
                Instant.now());
        List<Header> headers = new ArrayList<>(cloudEvent.toHeaders());
        headers.addAll(more);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(EventContract.ARTICLES_RENDERED, null,
                articleId, value, headers);
        try {
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka refused the test event", e);
        }
    }

    /** A published revision whose WeChat article has the given content and cover. */
    public static ArticleRendered published(String articleId, int revision, String content, String thumbUrl) {
        String webUrl = "https://news.example.test/web/articles/" + articleId;
        WechatArticle wechat = new WechatArticle("标题" + revision, "记者", "摘要", content, webUrl, null, 0, 0,
                thumbUrl, 100, 1, true, List.of());
        return new ArticleRendered(articleId, revision, ArticleRendered.Status.PUBLISHED, null, webUrl, wechat,
                List.of(), Instant.now());
    }

    /** A revision killed or withheld. */
    public static ArticleRendered unpublished(String articleId, int revision) {
        return new ArticleRendered(articleId, revision, ArticleRendered.Status.UNPUBLISHED, null,
                "https://news.example.test/web/articles/" + articleId, null, List.of("canceled"), Instant.now());
    }

    @Override
    public void close() {
        producer.close();
    }
}
