package io.herald.e2e;

import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.herald.devstack.HeraldService;
import io.herald.devstack.HeraldStack;
import io.herald.devstack.StackConfig;
import io.herald.events.EventContract;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * The operators' console on the running stack: a posted article's journey through ingest, the catalog, render and
 * WeChat, the groups' lag read from Kafka, and a poison record that shows up in the dead letters and is re-driven
 * from there.
 */
@ExtendWith(RunningStack.class)
class ConsoleIT {

    private static final String SAMPLE = "/reference-article-p01-symposium.json";
    private static final Duration PIPELINE_TIMEOUT = Duration.ofSeconds(90);

    private static HeraldStack stack;

    @BeforeAll
    static void connect(HeraldStack running) {
        stack = running;
    }

    @Test
    void aPostedArticlesJourneyAndTheGroupsLagShowInTheConsole() {
        ObjectNode article = TestFiles.object(SAMPLE);
        article.put("sourceId", "console-" + UUID.randomUUID());
        String id = new Newsroom(stack).postArticle(article).statusCode(202).extract().path("articleId");

        JsonPath journey = await().atMost(PIPELINE_TIMEOUT).pollInterval(Duration.ofSeconds(1))
                .until(() -> console().get("/articles/{id}", id).then().extract().jsonPath(),
                        json -> json.get("revisions[0].appliedAt") != null
                                && "published".equals(json.get("revisions[0].rendered.status"))
                                && !json.getList("wechat").isEmpty()
                                // steps come from the groups' committed offsets, which follow processing by up to
                                // the consumer's commit interval
                                && json.getList("revisions[0].steps").contains("catalog: processed"));
        assertEquals(article.get("headline").asText(), journey.getString("headline"));
        Instant acknowledged = Instant.parse(journey.getString("revisions[0].acknowledgedAt"));
        Instant applied = Instant.parse(journey.getString("revisions[0].appliedAt"));
        assertTrue(!applied.isBefore(acknowledged), "applied " + applied + " after acknowledged " + acknowledged);
        assertEquals("demo", journey.getString("wechat[0].account"));

        await().atMost(PIPELINE_TIMEOUT).untilAsserted(() -> console().get("/pipeline").then().statusCode(200)
                .body("groups.find { it.consumer == 'catalog' }.lag", equalTo(0))
                .body("groups.find { it.consumer == 'render' }.lag", equalTo(0))
                .body("groups.find { it.consumer == 'catalog' }.members", equalTo(1)));
        assertTrue(console().get("/pipeline").then().extract().jsonPath()
                .getLong("stages.find { it.name == 'Ingest accepted' }.count") >= 1);
    }

    @Test
    void aPoisonRecordShowsUpInTheDeadLettersAndIsReDrivenFromThere() {
        String key = "demo:console-poison-" + UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers()), new ByteArraySerializer(),
                new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(EventContract.ARTICLES_SUBMITTED, null, key.getBytes(UTF_8),
                    "not an event".getBytes(UTF_8), List.of(
                            new RecordHeader(EventContract.CE_ID, eventId.getBytes(UTF_8)),
                            new RecordHeader(EventContract.CE_TYPE, EventContract.TYPE_ARTICLE_SUBMITTED.getBytes(UTF_8)),
                            new RecordHeader(EventContract.CE_SPECVERSION, EventContract.SPEC_VERSION.getBytes(UTF_8)),
                            new RecordHeader(EventContract.CE_SOURCE, "/ingest/demo".getBytes(UTF_8)))));
        }
        String letter = "letters.find { it.eventId == '" + eventId + "' }";
        JsonPath parked = await().atMost(PIPELINE_TIMEOUT).pollInterval(Duration.ofSeconds(1))
                .until(() -> console().queryParam("consumer", "render").get("/dead-letters").then().extract()
                        .jsonPath(), json -> json.get(letter) != null);
        assertEquals(key, parked.getString(letter + ".key"));
        assertEquals(EventContract.ARTICLES_SUBMITTED, parked.getString(letter + ".originTopic"));

        long redrive = console().post("/dead-letters/render/{p}/{o}/redrive", parked.getInt(letter + ".partition"),
                parked.getLong(letter + ".offset")).then().statusCode(200).body("outcome", equalTo("sent"))
                .extract().jsonPath().getLong("id");
        // still poison: render parks it again, and the console says so
        await().atMost(PIPELINE_TIMEOUT).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> console()
                .get("/dead-letters/redrives").then().statusCode(200)
                .body("find { it.id == " + redrive + " }.outcome", equalTo("dead-lettered-again")));

        JsonPath catalogLetters = await().atMost(PIPELINE_TIMEOUT).pollInterval(Duration.ofSeconds(1))
                .until(() -> console().queryParam("consumer", "catalog").get("/dead-letters").then().extract()
                        .jsonPath(), json -> json.get(letter) != null);
        console().post("/dead-letters/catalog/{p}/{o}/redrive", catalogLetters.getInt(letter + ".partition"),
                catalogLetters.getLong(letter + ".offset")).then().statusCode(200)
                .body("outcome", equalTo("failed")).body("detail", notNullValue());
    }

    /** The console's API with the stack's operator key. */
    private static RequestSpecification console() {
        return given().baseUri(stack.baseUrl(HeraldService.CONSOLE).toString())
                .header("Authorization", "Bearer " + StackConfig.DEFAULT_OPERATOR_KEY).accept("application/json");
    }
}
