package io.herald.render.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.herald.render.RenderConfig;
import io.herald.render.metrics.RenderMetrics;
import io.herald.render.store.OutboxEvent;
import io.herald.render.store.OutboxRepository;
import io.herald.render.store.ParkedEvent;
import io.herald.render.store.ParkedEventRepository;
import io.herald.service.operations.ShutdownUnderway;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Sends pending outbox events to articles.rendered in the order they were written, a batch at a time, pipelined: the
 * whole batch is sent, then Kafka's acknowledgements are awaited (the producer, idempotent with {@code acks=all}, keeps
 * each partition's records in the order sent). While runs find full batches that all went out, the next run follows at
 * once, so that the relay keeps up with the consumer. One relay sends at a time across every instance: a run holds the
 * relay's database lock for its whole batch (one transaction). What Kafka acknowledged is deleted. A send that fails
 * for a reason of the channel (broker unreachable, timeout, not enough replicas, leader change) leaves that event
 * pending for the next run, in order, unless a later event of its article was acknowledged meanwhile, which supersedes
 * it ({@link SendOutcomes}). A send Kafka refuses for a reason of the event itself (too large, not serializable,
 * invalid) parks that event with the reason, for operators ({@code /admin/outbox/parked}): one event never holds back
 * the others, not even the later ones of the same article, which carry its newer state. Nothing is deleted that Kafka
 * did not acknowledge, that was not parked or that an acknowledged event did not supersede. What a run sent and parked
 * is counted ({@link RenderMetrics}) once its transaction committed. Each event is sent in the trace it was queued in
 * ({@link RenderedChannel}), however long after the rendering it leaves.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final OutboxRepository repository;
    private final ParkedEventRepository parkedEvents;
    private final RenderedChannel channel;
    private final int batchSize;
    private final Duration sendTimeout;
    private final Duration pollInterval;
    private final RenderMetrics metrics;
    /** Once it is under way no further batch starts, and a batch it cuts short is not an error (the rest goes later). */
    private final ShutdownUnderway shutdown;

    /** What one run did: events Kafka acknowledged, events parked; whether another run should follow at once. */
    private record Relayed(int sent, int parked, boolean more) {
    }

    OutboxRelay(OutboxRepository repository, ParkedEventRepository parkedEvents, RenderedChannel channel,
            RenderMetrics metrics, RenderConfig config, ShutdownUnderway shutdown) {
        this.repository = repository;
        this.parkedEvents = parkedEvents;
        this.channel = channel;
        this.metrics = metrics;
        this.shutdown = shutdown;
        this.batchSize = config.outbox().batchSize();
        this.sendTimeout = config.outbox().sendTimeout();
        this.pollInterval = config.outbox().pollInterval();
    }

    @Scheduled(identity = "outbox-relay", every = "${herald.render.outbox.poll-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void relay() {
        // The batch's sends are awaited together, for sendTimeout at most; the rest is the database's work.
        int timeoutSeconds = (int) sendTimeout.plusSeconds(30).toSeconds();
        Relayed relayed;
        do {
            try {
                relayed = QuarkusTransaction.requiringNew().timeout(timeoutSeconds).call(this::sendPending);
            } catch (RuntimeException e) {
                if (!shutdown.isUnderway()) {
                    throw e;
                }
                LOG.info("The outbox relay's batch was cut short by the shutdown; its events stay in the outbox for"
                        + " the next start (those Kafka took already go again, and consumers drop them by their id)");
                return;
            }
            metrics.relayed(relayed.sent(), relayed.parked());
        } while (relayed.more() && !shutdown.isUnderway());
    }

    private Relayed sendPending() {
        if (!repository.tryLockRelay()) {
            return new Relayed(0, 0, false);
        }
        List<OutboxEvent> batch = repository.oldest(batchSize);
        List<CompletableFuture<Void>> sends = new ArrayList<>(batch.size());
        batch.forEach(event -> sends.add(channel.send(event)));
        SendOutcomes outcomes = new SendOutcomes();
        long deadline = System.nanoTime() + sendTimeout.toNanos();
        for (int i = 0; i < batch.size(); i++) {
            OutboxEvent event = batch.get(i);
            Throwable failure = failureOf(sends.get(i), deadline);
            if (failure == null) {
                outcomes.acknowledged(event);
            } else {
                event.attempts++;
                event.lastError = SendFailures.reason(failure);
                outcomes.failed(event, failure);
            }
        }
        outcomes.acknowledged().forEach(repository::delete);
        outcomes.superseded().forEach(this::dropSuperseded);
        outcomes.refused().forEach(this::park);
        if (!outcomes.pending().isEmpty()) {
            OutboxEvent first = outcomes.pending().get(0);
            LOG.warnf("%d articles.rendered events not sent, the first %s (article %s, attempt %d); they are sent"
                    + " again in %s: %s", outcomes.pending().size(), first.eventId, first.articleId, first.attempts,
                    pollInterval, first.lastError);
        }
        return new Relayed(outcomes.acknowledged().size(), outcomes.refused().size(),
                batch.size() == batchSize && outcomes.pending().isEmpty());
    }

    /** What the send failed with, null once Kafka acknowledged it; a send not acknowledged by the deadline failed. */
    private static Throwable failureOf(CompletableFuture<Void> send, long deadline) {
        try {
            send.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (TimeoutException e) {
            return new TimeoutException("not acknowledged by Kafka within herald.render.outbox.send-timeout");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e;
        }
    }

    private void dropSuperseded(OutboxEvent event) {
        repository.delete(event);
        LOG.infof("articles.rendered event %s of article %s revision %d not sent (%s) and dropped: a later event of"
                + " the article was acknowledged, and this one, sent after it, would undo it", event.eventId,
                event.articleId, event.payload.revision(), event.lastError);
    }

    private void park(OutboxEvent event) {
        parkedEvents.persist(ParkedEvent.of(event, event.lastError));
        repository.delete(event);
        LOG.errorf("articles.rendered event %s of article %s revision %d parked: Kafka refuses it for good (%s). The"
                + " events after it are sent. Fix the cause (e.g. the topic's max.message.bytes or the producer's"
                + " max.request.size for a large article), then POST /admin/outbox/parked/%s/resend",
                event.eventId, event.articleId, event.payload.revision(), event.lastError, event.eventId);
    }
}
