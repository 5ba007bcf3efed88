package io.herald.ingest.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.herald.events.CloudEvent;
import io.herald.events.EventContract;
import io.herald.ingest.ArticleFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

@QuarkusTest
@RealBrokerAndDatabase
class BulkSubmissionTest {

    private static final String NDJSON = "application/x-ndjson";
    private static final String BEARER = "Bearer test-demo-key";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private KafkaCompanion kafka;

    @BeforeEach
    void connect() {
        kafka = new KafkaCompanion(bootstrapServers);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void goodLinesArePublishedAndBadLinesAreNamedWithTheirErrors() {
        String batch = "b-" + UUID.randomUUID();
        ObjectNode missingHeadline = ArticleFixtures.seedArticle(batch + "-4");
        missingHeadline.remove("headline");
        String body = String.join("\n",
                line(batch + "-1"),
                line(batch + "-2"),
                "{\"source\": \"demo\", \"headline\": }",
                missingHeadline.toString(),
                line(batch + "-5")) + "\n";

        ExtractableResponse<Response> answer = given().header("Authorization", BEARER)
                .contentType(NDJSON).body(utf8(body))
                .when().post("/articles/bulk")
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("accepted", equalTo(3))
                .body("rejected", equalTo(2))
                .body("lines.line", equalTo(List.of(1, 2, 3, 4, 5)))
                .body("lines[0].articleId", equalTo("demo:" + batch + "-1"))
                .body("lines[0].revision", equalTo(1))
                .body("lines[1].articleId", equalTo("demo:" + batch + "-2"))
                .body("lines[2].articleId", equalTo(null))
                .body("lines[2].errors[0].rule", startsWith("must be valid JSON"))
                .body("lines[3].articleId", equalTo(null))
                .body("lines[3].errors.field", equalTo(List.of("headline")))
                .body("lines[3].errors[0].rule", equalTo("must not be blank"))
                .body("lines[4].articleId", equalTo("demo:" + batch + "-5"))
                .extract();

        List<ConsumerRecord<String, String>> records = awaitRecords(batch, 3);
        assertEquals(Set.of("demo:" + batch + "-1", "demo:" + batch + "-2", "demo:" + batch + "-5"),
                records.stream().map(ConsumerRecord::key).collect(Collectors.toSet()));
        ConsumerRecord<String, String> first = records.stream()
                .filter(record -> record.key().equals("demo:" + batch + "-1")).findFirst().orElseThrow();
        assertEquals(answer.path("lines[0].eventId"), CloudEvent.from(first.headers()).id());
    }

    @Test
    void postToArticlesAsNdjsonIsTheSameBulkIntake() {
        String batch = "n-" + UUID.randomUUID();

        given().header("Authorization", BEARER)
                .contentType(NDJSON).body(utf8(line(batch + "-1") + "\r\n\r\n" + line(batch + "-2")))
                .when().post("/articles")
                .then().statusCode(200)
                .body("accepted", equalTo(2))
                .body("lines.line", equalTo(List.of(1, 3)));

        awaitRecords(batch, 2);
    }

    @Test
    void tooLongLineIsThatLinesErrorOnly() {
        String batch = "l-" + UUID.randomUUID();
        ObjectNode huge = ArticleFixtures.seedArticle(batch + "-2");
        huge.put("kicker", "长".repeat(30_000)); // 90,000 bytes of UTF-8, over the test's 65,536

        given().header("Authorization", BEARER)
                .contentType(NDJSON).body(utf8(line(batch + "-1") + "\n" + huge + "\n" + line(batch + "-3") + "\n"))
                .when().post("/articles/bulk")
                .then().statusCode(200)
                .body("accepted", equalTo(2))
                .body("lines[1].line", equalTo(2))
                .body("lines[1].errors[0].rule", equalTo("must be at most 65536 bytes long"))
                .body("lines[2].articleId", equalTo("demo:" + batch + "-3"));

        awaitRecords(batch, 2);
    }

    @Test
    void lineNamingAnotherSourceIsThatLinesErrorOnly() {
        String batch = "s-" + UUID.randomUUID();
        ObjectNode foreign = ArticleFixtures.seedArticle(batch + "-2").put("source", "wire");

        given().header("Authorization", BEARER)
                .contentType(NDJSON).body(utf8(line(batch + "-1") + "\n" + foreign))
                .when().post("/articles/bulk")
                .then().statusCode(200)
                .body("accepted", equalTo(1))
                .body("lines[1].errors.field", equalTo(List.of("source")))
                .body("lines[1].errors[0].rule", equalTo("must be absent or the authenticated source demo"));

        awaitRecords(batch, 1);
    }

    @Test
    void lineWithAnUnknownFieldIsThatLinesErrorNamingTheField() {
        String batch = "u-" + UUID.randomUUID();
        ObjectNode misspelt = ArticleFixtures.seedArticle(batch + "-2").put("embargo", "2026-04-06T08:00:00+08:00");
        ObjectNode nested = ArticleFixtures.seedArticle(batch + "-3");
        ((ObjectNode) nested.withArray("related").get(0)).put("pages", "02版");

        given().header("Authorization", BEARER)
                .contentType(NDJSON).body(utf8(line(batch + "-1") + "\n" + misspelt + "\n" + nested + "\n"))
                .when().post("/articles/bulk")
                .then().statusCode(200)
                .body("accepted", equalTo(1))
                .body("rejected", equalTo(2))
                .body("lines[1].errors.field", equalTo(List.of("embargo")))
                .body("lines[1].errors[0].rule", startsWith("is not a field of this request; the fields are: body, byline, "))
                .body("lines[2].errors.field", equalTo(List.of("related[0].pages")))
                .body("lines[2].errors[0].rule", equalTo("is not a field of this request; the fields are: page, title"));

        awaitRecords(batch, 1);
    }

    @Test
    void requestWithoutCredentialsIsA401AndPublishesNothing() {
        given().contentType(NDJSON).body(utf8(line("unauthenticated-" + UUID.randomUUID())))
                .when().post("/articles/bulk")
                .then().statusCode(401);
    }

    @Test
    void sourceWithoutTheBulkIntakeIsA403() {
        given().header("Authorization", "Bearer test-wire-key")
                .contentType(NDJSON).body(utf8(line("wire-" + UUID.randomUUID())))
                .when().post("/articles/bulk")
                .then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void bodyWithoutArticlesIsA400Problem() {
        given().header("Authorization", BEARER)
                .contentType(NDJSON).body(utf8("\n  \n"))
                .when().post("/articles/bulk")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("detail", startsWith("The request has no articles"));
    }

    @Test
    void fiveThousandLinesOfTenMegabytesAreAllOnTheTopic(@TempDir Path directory) throws IOException {
        String batch = "big-" + UUID.randomUUID();
        int count = 5_000;
        Path file = directory.resolve("articles.ndjson");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                out.write(line(batch + "-" + i));
                out.write('\n');
            }
        }

        given().header("Authorization", BEARER)
                .contentType(NDJSON).body(file.toFile())
                .when().post("/articles/bulk")
                .then().statusCode(200)
                .body("accepted", equalTo(count))
                .body("rejected", equalTo(0))
                .body("lines", hasSize(count))
                .body("lines.eventId", everyItem(notNullValue()));

        assertEquals(count, awaitRecords(batch, count).stream().map(ConsumerRecord::key).distinct().count());
    }

    @Test
    void concurrentBulkRequestsShareTheSendWindowAndLoseNoLine() {
        String batch = "c-" + UUID.randomUUID();
        int requests = 3;
        int linesEach = 1_500; // together more than the Kafka channel takes at once (1,024 + its buffer)

        List<CompletableFuture<Integer>> accepted = IntStream.range(0, requests)
                .mapToObj(r -> CompletableFuture.supplyAsync(() -> given().header("Authorization", BEARER)
                        .contentType(NDJSON).body(utf8(IntStream.range(0, linesEach)
                                .mapToObj(i -> line(batch + "-" + r + "-" + i))
                                .collect(Collectors.joining("\n"))))
                        .when().post("/articles/bulk")
                        .then().statusCode(200)
                        .extract().<Integer>path("accepted")))
                .toList();

        assertEquals(List.of(linesEach, linesEach, linesEach), accepted.stream().map(CompletableFuture::join).toList());
        awaitRecords(batch, requests * linesEach);
    }

    private static byte[] utf8(String body) {
        return body.getBytes(StandardCharsets.UTF_8);
    }

    private static String line(String sourceId) {
        return ArticleFixtures.seedArticle(sourceId).toString();
    }

    /** Waits until the topic holds exactly {@code count} records whose key starts with the batch's prefix. */
    private List<ConsumerRecord<String, String>> awaitRecords(String batch, int count) {
        String prefix = "demo:" + batch + "-";
        try (ConsumerTask<String, String> task = kafka
                .consumeWithDeserializers(new StringDeserializer(), new StringDeserializer())
                .withGroupId("test-" + UUID.randomUUID())
                .withProp(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest")
                .fromTopics(EventContract.ARTICLES_SUBMITTED)) {
            await().atMost(Duration.ofSeconds(60)).until(() -> batchRecords(task, prefix).size() >= count);
            List<ConsumerRecord<String, String>> records = batchRecords(task, prefix);
            assertEquals(count, records.size());
            return records;
        }
    }

    private static List<ConsumerRecord<String, String>> batchRecords(ConsumerTask<String, String> task, String prefix) {
        return task.getRecords().stream().filter(record -> record.key().startsWith(prefix)).toList();
    }
}
