package io.herald.ingest.api;

import static io.herald.ingest.Credentials.asDemo;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.herald.events.CloudEvent;
import io.herald.events.EventContract;
import io.herald.ingest.ArticleFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

@QuarkusTest
@RealBrokerAndDatabase
class IdempotencyKeyTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void sameKeyAndRequestAgainGetsTheFirstAnswerAndIsNotPublishedAgain() {
        ObjectNode article = ArticleFixtures.seedArticle();
        article.remove("sourceId");
        String key = UUID.randomUUID().toString();

        String first = submit(article, key).statusCode(202).extract().asString();
        String second = submit(article, key).statusCode(202).extract().asString();

        assertEquals(first, second, "without a sourceId a second publish would even get a new article id");
        String articleId = submit(article, key).extract().path("articleId");
        // A later revision of the same article lands behind any duplicate in the same partition.
        String nextEventId = submit(article.put("sourceId", articleId.substring("demo:".length())).put("revision", 2),
                UUID.randomUUID().toString()).statusCode(202).extract().path("eventId");
        List<ConsumerRecord<String, String>> records = eventsUntil(articleId, nextEventId);
        assertEquals(2, records.size(), "one event for the key, one for revision 2");
    }

    @Test
    void sameKeyWithAnotherRequestIs422() {
        ObjectNode article = ArticleFixtures.seedArticle("idem-" + UUID.randomUUID());
        String key = UUID.randomUUID().toString();
        submit(article, key).statusCode(202);

        submit(article.put("headline", "另一个标题"), key)
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:herald:problem:idempotency-key-reused"))
                .body("status", equalTo(422));
    }

    @Test
    void keyWithControlCharactersIs400() {
        submit(ArticleFixtures.seedArticle("idem-" + UUID.randomUUID()), "with space")
                .statusCode(400)
                .contentType("application/problem+json");
    }

    private static ValidatableResponse submit(ObjectNode article, String key) {
        return asDemo().header("Idempotency-Key", key).contentType(ContentType.JSON).body(article.toString())
                .when().post("/articles").then();
    }

    /** The records keyed {@code articleId}, up to the one with {@code lastEventId}. */
    private List<ConsumerRecord<String, String>> eventsUntil(String articleId, String lastEventId) {
        try (KafkaCompanion kafka = new KafkaCompanion(bootstrapServers);
                ConsumerTask<String, String> task = kafka
                        .consumeWithDeserializers(new StringDeserializer(), new StringDeserializer())
                        .withGroupId("test-" + UUID.randomUUID())
                        .withProp(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest")
                        .fromTopics(EventContract.ARTICLES_SUBMITTED)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> keyed(task, articleId).stream()
                    .anyMatch(record -> lastEventId.equals(CloudEvent.from(record.headers()).id())));
            return keyed(task, articleId);
        }
    }

    private static List<ConsumerRecord<String, String>> keyed(ConsumerTask<String, String> task, String key) {
        return task.getRecords().stream().filter(record -> key.equals(record.key())).toList();
    }
}
