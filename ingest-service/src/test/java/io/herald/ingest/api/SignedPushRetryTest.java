package io.herald.ingest.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.herald.devstack.KafkaBroker;
import io.herald.devstack.testing.KafkaTestResource;
import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.herald.ingest.ArticleFixtures;
import io.herald.ingest.Credentials;
import io.herald.ingest.SubmittedEvents;
import io.herald.ingest.formats.superdesk.HttpPushTransmitter;
import io.herald.ingest.formats.superdesk.HttpPushTransmitter.PublishError;
import io.herald.ingest.formats.superdesk.SuperdeskFixtures;
import io.herald.service.problem.Problem;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

/**
 * A signed push answered 503 because Kafka was unreachable does not use up its signature: sent again unchanged
 * once Kafka is back, it is accepted and its event is on Kafka once; only then is the same native request a replay,
 * while the same Superdesk push gets the same answer again.
 * The test broker is really shut down (its controller keeps running) and started again on the same port.
 */
@QuarkusTest
@RealBrokerAndDatabase
class SignedPushRetryTest {

    @TestHTTPResource("/superdesk/items")
    URL resourceUrl;

    @TestHTTPResource("/superdesk/assets")
    URL assetsUrl;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    /** The test broker, from {@link KafkaTestResource}. */
    KafkaBroker broker;

    @Test
    void pushesAnswered503AreAcceptedWhenSentAgainUnchangedAndOnlyThenAreAnsweredAgainOrReplays() {
        HttpPushTransmitter superdesk = new HttpPushTransmitter(resourceUrl.toString(), assetsUrl.toString(), Map.of());
        String guid = "urn:newsml:superdesk.example:" + UUID.randomUUID();
        ObjectNode item = SuperdeskFixtures.item(guid, "unused");
        item.remove("associations");
        String sourceId = "retry-" + UUID.randomUUID();
        String article = ArticleFixtures.seedArticle(sourceId).toString();
        String timestamp = String.valueOf(Instant.now().getEpochSecond());

        broker.stopBroker();
        try {
            assertEquals(503, assertThrows(PublishError.class, () -> superdesk.transmit(item)).status());
            heraldSigned(article, timestamp).statusCode(503);
        } finally {
            broker.startBroker();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> given().get("/q/health/ready").statusCode() == 200);

        // Ready is not yet "producer has fresh metadata": as Superdesk does, send the same push again while it is 503.
        await().atMost(Duration.ofSeconds(60)).until(() -> acceptedUnlessUnavailable(superdesk, item));
        AtomicReference<ExtractableResponse<Response>> answer = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            answer.set(heraldSigned(article, timestamp).extract());
            return answer.get().statusCode() != 503;
        });
        assertEquals(202, answer.get().statusCode(), answer.get().asString());
        String eventId = answer.get().path("eventId");

        List<String> pushes = superdesk.log();
        assertEquals("POST /superdesk/items -> 202", pushes.get(pushes.size() - 1));
        assertEquals(Set.of("POST /superdesk/items -> 503"), Set.copyOf(pushes.subList(0, pushes.size() - 1)));
        assertEquals(Set.of(eventId), SubmittedEvents.eventIdsFor(bootstrapServers, "demo:" + sourceId));
        assertEquals(1, SubmittedEvents.eventIdsFor(bootstrapServers, "superdesk:" + guid).size());
        superdesk.transmit(item);
        assertEquals("POST /superdesk/items -> 202", superdesk.log().get(superdesk.log().size() - 1));
        assertEquals(1, SubmittedEvents.eventIdsFor(bootstrapServers, "superdesk:" + guid).size());
        heraldSigned(article, timestamp).statusCode(401).contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("replay"));
    }

    /** Pushes {@code item}: true once accepted, false while ingest answers 503; any other answer fails the test. */
    private static boolean acceptedUnlessUnavailable(HttpPushTransmitter superdesk, ObjectNode item) {
        try {
            superdesk.transmit(item);
            return true;
        } catch (PublishError e) {
            if (e.status() != 503) {
                throw e;
            }
            return false;
        }
    }

    /** {@code POST /articles} signed by source demo with {@code X-Herald-Signature}. */
    private static ValidatableResponse heraldSigned(String article, String timestamp) {
        String signature = "sha256=" + Credentials.hmacHex("HmacSHA256", Credentials.DEMO_SIGNING_SECRET,
                (timestamp + "." + article).getBytes(StandardCharsets.UTF_8));
        return given().header("X-Herald-Source", "demo")
                .header("X-Herald-Timestamp", timestamp)
                .header("X-Herald-Signature", signature)
                .contentType(ContentType.JSON).body(article.getBytes(StandardCharsets.UTF_8))
                .when().post("/articles").then();
    }
}
