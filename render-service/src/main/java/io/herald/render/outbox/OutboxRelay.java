package io.herald.render.outbox;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

import io.herald.events.ArticleRendered;
import io.herald.events.CloudEvent;
import io.herald.events.EventContract;
import io.herald.render.RenderConfig;
import io.herald.render.store.OutboxEvent;
import io.herald.render.store.OutboxRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Sends pending outbox events to articles.rendered in the order they were written, each awaiting
 * Kafka's acknowledgement before it is deleted. A failed send stops the run and leaves it and the
 * events after it pending for the next run; nothing is deleted that Kafka did not acknowledge.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final String SOURCE = "/render";
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final OutboxRepository repository;
    private final MutinyEmitter<ArticleRendered> emitter;
    private final int batchSize;
    private final Duration sendTimeout;

    OutboxRelay(OutboxRepository repository, @Channel("articles-rendered") MutinyEmitter<ArticleRendered> emitter,
            RenderConfig config) {
        this.repository = repository;
        this.emitter = emitter;
        this.batchSize = config.outbox().batchSize();
        this.sendTimeout = config.outbox().sendTimeout();
    }

    @Scheduled(identity = "outbox-relay", every = "${herald.render.outbox.poll-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void relay() {
        // Long enough for a whole batch of slow sends; a stalled broker fails the first send after sendTimeout.
        int timeoutSeconds = (int) sendTimeout.multipliedBy(batchSize).plusSeconds(30).toSeconds();
        QuarkusTransaction.requiringNew().timeout(timeoutSeconds).run(this::sendPending);
    }

    private void sendPending() {
        if (!repository.tryLockRelay()) {
            return;
        }
        for (OutboxEvent event : repository.oldest(batchSize)) {
            try {
                emitter.sendMessage(toMessage(event)).await().atMost(sendTimeout);
            } catch (RuntimeException e) {
                event.attempts++;
                event.lastError = reason(e);
                LOG.warnf("articles.rendered event %s (article %s) not sent, attempt %d, will retry: %s",
                        event.eventId, event.articleId, event.attempts, event.lastError);
                return;
            }
            repository.delete(event);
        }
    }

    private static String reason(Throwable e) {
        return e.getMessage() == null ? e.getClass().getName() : e.getMessage();
    }

    private static Message<ArticleRendered> toMessage(OutboxEvent event) {
        CloudEvent cloudEvent = new CloudEvent(event.eventId.toString(), EventContract.TYPE_ARTICLE_RENDERED, SOURCE,
                event.articleId, event.createdAt);
        OutgoingKafkaRecordMetadata<String> kafka = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(event.articleId)
                .withHeaders(new RecordHeaders(cloudEvent.toHeaders()))
                .build();
        return Message.of(event.payload, Metadata.of(kafka));
    }
}
