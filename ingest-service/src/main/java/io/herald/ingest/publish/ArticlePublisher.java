package io.herald.ingest.publish;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.herald.events.ArticleSubmitted;
import io.herald.events.CloudEvent;
import io.herald.events.EventContract;
import io.herald.ingest.article.ArticleIds;
import io.herald.ingest.config.IngestConfig;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Writes {@link ArticleSubmitted} events to {@link EventContract#ARTICLES_SUBMITTED}, keyed by article id,
 * with their CloudEvents attributes as headers. The channel's producer settings (acks, idempotence,
 * timeouts) live in {@code application.properties}.
 */
@ApplicationScoped
public class ArticlePublisher {

    /** The outgoing channel; its {@code topic} is {@link EventContract#ARTICLES_SUBMITTED}. */
    public static final String CHANNEL = "articles-submitted";

    private static final Logger LOG = Logger.getLogger(ArticlePublisher.class);

    private final MutinyEmitter<ArticleSubmitted> emitter;
    private final Duration timeout;
    private final String bootstrapServers;

    @Inject
    public ArticlePublisher(@Channel(CHANNEL) MutinyEmitter<ArticleSubmitted> emitter, IngestConfig config,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.emitter = emitter;
        this.timeout = config.publishTimeout();
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * Sends one revision. The returned Uni yields the event's CloudEvents attributes once Kafka has
     * acknowledged the record, and fails with {@link PublishFailedException} if the send fails or the
     * acknowledgement does not arrive within {@code herald.ingest.publish-timeout}.
     */
    public Uni<CloudEvent> publish(ArticleSubmitted article, Instant time) {
        CloudEvent event = new CloudEvent(
                ArticleIds.eventId(article.articleId(), article.revision()).toString(),
                EventContract.TYPE_ARTICLE_SUBMITTED,
                "/ingest/" + article.source().name(),
                article.articleId(),
                time);
        Message<ArticleSubmitted> message = Message.of(article).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(article.articleId())
                .withHeaders(new RecordHeaders(event.toHeaders()))
                .build());
        return Uni.createFrom().deferred(() -> emitter.sendMessage(message))
                .ifNoItem().after(timeout).fail()
                .onFailure().transform(failure -> {
                    LOG.warnf("Kafka at %s did not acknowledge event %s (article %s, revision %d) within the publish "
                            + "timeout of %d ms: %s. Answering 503; check that the brokers are reachable, or raise "
                            + "herald.ingest.publish-timeout.", bootstrapServers, event.id(), article.articleId(),
                            article.revision(), timeout.toMillis(), failure);
                    return new PublishFailedException("Kafka did not acknowledge event " + event.id(), failure);
                })
                .replaceWith(event);
    }
}
