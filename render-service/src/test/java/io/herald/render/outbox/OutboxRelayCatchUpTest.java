package io.herald.render.outbox;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.herald.events.ArticleRendered;
import io.herald.events.EventJson;
import io.herald.render.RenderServiceTest;
import io.herald.render.SampleArticles;
import io.herald.render.TestKafka;
import io.herald.render.store.OutboxEvent;
import io.herald.render.store.OutboxRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** One relay run goes on with the next batch at once while it finds full ones, so the relay keeps up. */
@QuarkusTest
@RealBrokerAndDatabase
@TestProfile(OutboxRelayCatchUpTest.SmallBatchesRarely.class)
class OutboxRelayCatchUpTest extends RenderServiceTest {

    private static final int BATCH_SIZE = 5;

    /** Batches of 5; the scheduler runs the relay once at start, then not for an hour. */
    public static class SmallBatchesRarely implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("herald.render.outbox.batch-size", String.valueOf(BATCH_SIZE),
                    "herald.render.outbox.poll-interval", "1h");
        }
    }

    @Inject
    OutboxRelay relay;

    @Inject
    OutboxRepository outbox;

    @Test
    void aRelayRunSendsBatchAfterBatchUntilTheOutboxIsEmpty() {
        String articleId = SampleArticles.newArticleId("catch-up");
        List<OutboxEvent> events = IntStream.rangeClosed(1, 3 * BATCH_SIZE + 2)
                .mapToObj(revision -> event(articleId, revision)).toList();
        QuarkusTransaction.requiringNew().run(() -> events.forEach(outbox::persist));

        relay.relay();

        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> outbox.count("articleId", articleId)) == 0);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> TestKafka.withKey(rendered(), articleId).size() == events.size());
        assertEquals(IntStream.rangeClosed(1, events.size()).boxed().toList(),
                TestKafka.withKey(rendered(), articleId).stream()
                        .map(record -> EventJson.read(record.value(), ArticleRendered.class).revision())
                        .toList(), "in the order written");
    }

    private static OutboxEvent event(String articleId, int revision) {
        OutboxEvent event = new OutboxEvent();
        event.eventId = UUID.randomUUID();
        event.articleId = articleId;
        event.createdAt = Instant.now();
        event.payload = new ArticleRendered(articleId, revision, ArticleRendered.Status.UNPUBLISHED, null,
                "https://news.example.test/web/articles/" + articleId, null, List.of("pubStatus is withheld"),
                event.createdAt, null);
        return event;
    }
}
