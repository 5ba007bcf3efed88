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
import io.herald.render.metrics.RenderMetrics;
import io.herald.render.store.OutboxEvent;
import io.herald.render.store.OutboxRepository;
import io.herald.render.store.ParkedEvent;
import io.herald.render.store.ParkedEventRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.herald.service.tracing.Traceparent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Sends pending outbox events to articles.rendered in the order they were written, each awaiting Kafka's
 * acknowledgement before it is deleted. One relay sends at a time across every instance: a run holds the relay's
 * database lock for its whole batch (one transaction). A send that fails for a reason of the channel (broker
 * unreachable, timeout, not enough replicas, leader change) stops the run and leaves it and the events after it pending
 * for the next run, in order. A send Kafka refuses for a reason of the event itself (too large, not serializable,
 * invalid) parks that event with the reason, for operators ({@code /admin/outbox/parked}), and the run goes on: one
 * event never holds back the others, not even the later ones of the same article, which carry its newer state.
 * Nothing is deleted that Kafka did not acknowledge or that was not parked. What a run sent and parked is counted
 * ({@link RenderMetrics}) once its transaction committed. Each event is sent in the trace it was queued in (its
 * {@code traceparent}): the channel's producer span is a child of that context and the record carries its
 * {@code traceparent} header, however long after the rendering the event leaves.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final String SOURCE = "/render";
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final OutboxRepository repository;
    private final ParkedEventRepository parkedEvents;
    private final MutinyEmitter<ArticleRendered> emitter;
    private final int batchSize;
    private final Duration sendTimeout;
    private final Duration pollInterval;
    private final RenderMetrics metrics;

    /** What one run did: events Kafka acknowledged, events parked. */
    private record Relayed(int sent, int parked) {
    }

    OutboxRelay(OutboxRepository repository, ParkedEventRepository parkedEvents,
            @Channel("articles-rendered") MutinyEmitter<ArticleRendered> emitter, RenderMetrics metrics,
            RenderConfig config) {
        this.repository = repository;
        this.parkedEvents = parkedEvents;
        this.emitter = emitter;
        this.metrics = metrics;
        this.batchSize = config.outbox().batchSize();
        this.sendTimeout = config.outbox().sendTimeout();
        this.pollInterval = config.outbox().pollInterval();
    }

    @Scheduled(identity = "outbox-relay", every = "${herald.render.outbox.poll-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void relay() {
        // Long enough for a whole batch of slow sends; a stalled broker fails the first send after sendTimeout.
        int timeoutSeconds = (int) sendTimeout.multipliedBy(batchSize).plusSeconds(30).toSeconds();
        Relayed relayed = QuarkusTransaction.requiringNew().timeout(timeoutSeconds).call(this::sendPending);
        metrics.relayed(relayed.sent(), relayed.parked());
    }

    private Relayed sendPending() {
        int sent = 0;
        int parked = 0;
        if (!repository.tryLockRelay()) {
            return new Relayed(sent, parked);
        }
        for (OutboxEvent event : repository.oldest(batchSize)) {
            try {
                emitter.sendMessage(toMessage(event)).await().atMost(sendTimeout);
            } catch (RuntimeException e) {
                event.attempts++;
                event.lastError = SendFailures.reason(e);
                if (SendFailures.ofTheEvent(e)) {
                    park(event);
                    parked++;
                    continue;
                }
                LOG.warnf("articles.rendered event %s (article %s) not sent, attempt %d; it and the events after it"
                        + " are sent again in %s: %s", event.eventId, event.articleId, event.attempts,
                        pollInterval, event.lastError);
                return new Relayed(sent, parked);
            }
            repository.delete(event);
            sent++;
        }
        return new Relayed(sent, parked);
    }

    private void park(OutboxEvent event) {
        parkedEvents.persist(ParkedEvent.of(event, event.lastError));
        repository.delete(event);
        LOG.errorf("articles.rendered event %s of article %s revision %d parked: Kafka refuses it for good (%s). The"
                + " events after it are sent. Fix the cause (e.g. the topic's max.message.bytes or the producer's"
                + " max.request.size for a large article), then POST /admin/outbox/parked/%s/resend",
                event.eventId, event.articleId, event.payload.revision(), event.lastError, event.eventId);
    }

    private static Message<ArticleRendered> toMessage(OutboxEvent event) {
        CloudEvent cloudEvent = new CloudEvent(event.eventId.toString(), EventContract.TYPE_ARTICLE_RENDERED, SOURCE,
                event.articleId, event.createdAt);
        OutgoingKafkaRecordMetadata<String> kafka = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(event.articleId)
                .withHeaders(new RecordHeaders(cloudEvent.toHeaders()))
                .build();
        return Message.of(event.payload, Metadata.of(kafka,
                TracingMetadata.withCurrent(Traceparent.parse(event.traceparent))));
    }
}
