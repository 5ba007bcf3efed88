package io.herald.render.outbox;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.api.Test;

import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.herald.events.ArticleRendered;
import io.herald.events.ArticleSubmitted;
import io.herald.events.EventJson;
import io.herald.events.testing.SubmittedTopic;
import io.herald.render.RenderServiceTest;
import io.herald.render.SampleArticles;
import io.herald.render.TestKafka;
import io.herald.render.store.OutboxEvent;
import io.herald.render.store.OutboxRepository;
import io.herald.render.store.ParkedEvent;
import io.herald.service.tracing.testing.TestTraceparent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * An articles.rendered event leaves through the outbox, after the consumed record was committed: the outbox row keeps
 * the consumed record's trace, and the relay sends the event in it, whenever it runs.
 */
@QuarkusTest
@RealBrokerAndDatabase
class OutboxTraceTest extends RenderServiceTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    OutboxRepository outbox;

    @Test
    void anEventRelayedAfterTheRenderingIsSentInTheConsumedRecordsTrace() throws Exception {
        String ingest = TestTraceparent.newTrace();
        String id = SampleArticles.newArticleId("traced");
        CountDownLatch relayHeld = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // Holds the relay's lock, as a relay of another instance would: the event waits in the outbox meanwhile.
        CompletableFuture<Void> otherRelay = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew()
                .run(() -> {
                    assertTrue(outbox.tryLockRelay());
                    relayHeld.countDown();
                    awaitQuietly(release);
                }));
        OutboxEvent queued;
        try {
            assertTrue(relayHeld.await(WAIT.toSeconds(), TimeUnit.SECONDS));
            submit(SampleArticles.firstArticle(id, 1), ingest);

            queued = await().atMost(WAIT).until(() -> queued(id), Optional::isPresent).orElseThrow();
        } finally {
            release.countDown();
            otherRelay.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        }

        assertEquals(TestTraceparent.traceId(ingest), TestTraceparent.traceId(queued.traceparent),
                "the outbox row keeps the consumed record's trace");
        assertNotEquals(TestTraceparent.spanId(ingest), TestTraceparent.spanId(queued.traceparent),
                "from render's own span");
        await().atMost(WAIT).until(() -> !TestKafka.withKey(rendered(), id).isEmpty());
        String sent = KafkaCompanion.getHeader(TestKafka.withKey(rendered(), id).get(0).headers(), "traceparent");
        assertEquals(TestTraceparent.traceId(ingest), TestTraceparent.traceId(sent));
    }

    @Test
    void aParkedEventIsSentAgainInItsTrace() {
        OutboxEvent event = new OutboxEvent();
        event.eventId = UUID.randomUUID();
        event.articleId = SampleArticles.newArticleId("parked-traced");
        event.payload = new ArticleRendered(event.articleId, 1, ArticleRendered.Status.UNPUBLISHED, null,
                "https://news.example.test/web/articles/" + event.articleId, null, List.of("pubStatus is canceled"),
                Instant.now(), null);
        event.traceparent = TestTraceparent.newTrace();

        assertEquals(event.traceparent, ParkedEvent.of(event, "too large").toOutbox().traceparent);
    }

    private void submit(ArticleSubmitted article, String traceparent) {
        List<Header> headers = new ArrayList<>(SubmittedTopic.headers(UUID.randomUUID().toString(), article));
        headers.add(new RecordHeader("traceparent", traceparent.getBytes()));
        kafka.submitRaw(null, article.articleId(), EventJson.write(article), headers);
    }

    private Optional<OutboxEvent> queued(String articleId) {
        return QuarkusTransaction.requiringNew().call(() -> outbox.find("articleId", articleId).firstResultOptional());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
