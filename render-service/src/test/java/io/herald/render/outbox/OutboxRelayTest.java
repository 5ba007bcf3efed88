package io.herald.render.outbox;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.herald.devstack.testing.KafkaTestResource;
import io.herald.devstack.testing.PostgresTestResource;
import io.herald.events.ArticleRendered;
import io.herald.render.RenderServiceTest;
import io.herald.render.SampleArticles;
import io.herald.render.TestKafka;
import io.herald.render.store.OutboxEvent;
import io.herald.render.store.OutboxRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "render"))
class OutboxRelayTest extends RenderServiceTest {

    @Inject
    OutboxRepository outbox;

    @Test
    void eventKafkaRefusesStaysPendingWithTheReasonAndLaterEventsWait() {
        String refusedId = SampleArticles.newArticleId("too-large");
        // larger than the producer's max.request.size (1 MiB): Kafka refuses it on every attempt
        long refused = queue(refusedId, "内容".repeat(600_000));
        try {
            String waitingId = SampleArticles.newArticleId("waiting");
            kafka.submit(SampleArticles.firstArticle(waitingId, 1));

            await().atMost(Duration.ofSeconds(30)).until(() -> attempts(refused) >= 2);

            String reason = QuarkusTransaction.requiringNew().call(() -> outbox.findById(refused).lastError);
            assertTrue(reason.contains("larger than"), reason);
            assertTrue(TestKafka.withKey(rendered(), refusedId).isEmpty());
            assertTrue(TestKafka.withKey(rendered(), waitingId).isEmpty(), "sent out of order");
            given().when().get("/q/health/ready").then().statusCode(200);
        } finally {
            // under the relay's own lock, so that no relay run is updating the row meanwhile
            await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                    .call(() -> outbox.tryLockRelay() && outbox.deleteById(refused)));
        }
    }

    @Test
    void acknowledgedEventIsDeletedFromOutbox() {
        String id = SampleArticles.newArticleId("deleted");
        long queued = queue(id, "<p>正文</p>");

        await().atMost(Duration.ofSeconds(30)).until(() -> !TestKafka.withKey(rendered(), id).isEmpty());

        assertEquals(null, QuarkusTransaction.requiringNew().call(() -> outbox.findById(queued)));
    }

    private long queue(String articleId, String content) {
        return QuarkusTransaction.requiringNew().call(() -> {
            String url = "https://news.example.test/web/articles/" + articleId;
            OutboxEvent event = new OutboxEvent();
            event.eventId = UUID.randomUUID();
            event.articleId = articleId;
            event.createdAt = Instant.now();
            event.payload = new ArticleRendered(articleId, 1, ArticleRendered.Status.PUBLISHED, url,
                    new ArticleRendered.WechatArticle("标题", "姚雯", "摘要", content, url, null, 0, 0, null, 2, 1, true,
                            List.of()), List.of(), event.createdAt);
            outbox.persist(event);
            return event.id;
        });
    }

    private int attempts(long id) {
        return QuarkusTransaction.requiringNew().call(() -> outbox.findById(id).attempts);
    }
}
