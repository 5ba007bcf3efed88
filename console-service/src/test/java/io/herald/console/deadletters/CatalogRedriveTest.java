package io.herald.console.deadletters;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.UUID;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;

import io.herald.console.ConsoleTest;
import io.herald.console.TestKafka;
import io.herald.console.WireMockServices;
import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.herald.events.EventContract;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The catalog's letters are browsed from its dead-letter topic like every consumer's, with the re-drive state the
 * catalog keeps; the catalog re-drives them itself: the console calls its endpoints with the console's operator key
 * and records what it answered.
 */
@QuarkusTest
@RealBrokerAndDatabase
@WithTestResource(WireMockServices.class)
class CatalogRedriveTest extends ConsoleTest {

    private static final String LETTERS = EventContract.ARTICLES_SUBMITTED_CATALOG_DLQ;

    @Test
    void theCatalogAppliesItsLetterAgainWhenTheConsoleAsksWithItsOwnKey() {
        String eventId = UUID.randomUUID().toString();
        RecordMetadata parked = park("applied-" + eventId, eventId);
        String redrive = redrivePath(parked);
        services.stubFor(post(urlPathEqualTo(WireMockServices.CATALOG + redrive)).willReturn(okJson(
                "{\"partition\":" + parked.partition() + ",\"offset\":" + parked.offset() + ",\"key\":\"applied-"
                        + eventId + "\",\"eventId\":\"" + eventId + "\",\"outcome\":\"current\"}")));

        JsonPath done = api().post("/dead-letters/catalog/{p}/{o}/redrive", parked.partition(), parked.offset())
                .then().statusCode(200).extract().jsonPath();

        assertEquals("applied", done.getString("outcome"));
        assertEquals("the catalog applied it: current", done.getString("detail"));
        assertEquals(eventId, done.getString("eventId"));
        services.verify(postRequestedFor(urlPathEqualTo(WireMockServices.CATALOG + redrive))
                .withHeader("Authorization", equalTo("Bearer " + CONSOLE_KEY)));
    }

    @Test
    void aLetterThatStillFailsIsRecordedAsFailedAndOneDoneBeforeIsAConflict() {
        String eventId = UUID.randomUUID().toString();
        RecordMetadata parked = park("failing-" + eventId, eventId);
        services.stubFor(post(urlPathEqualTo(WireMockServices.CATALOG + redrivePath(parked))).willReturn(aResponse()
                .withStatus(422).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"title\":\"Unprocessable\",\"status\":422,\"detail\":\"dead letter still cannot be applied:"
                        + " headline is missing\"}")));

        JsonPath failed = api().post("/dead-letters/catalog/{p}/{o}/redrive", parked.partition(), parked.offset())
                .then().statusCode(200).extract().jsonPath();
        assertEquals("failed", failed.getString("outcome"));
        assertEquals("dead letter still cannot be applied: headline is missing", failed.getString("detail"));

        services.stubFor(post(urlPathEqualTo(WireMockServices.CATALOG + redrivePath(parked))).willReturn(aResponse()
                .withStatus(409).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"title\":\"Conflict\",\"status\":409,\"detail\":\"dead letter was re-driven before\"}")));
        api().post("/dead-letters/catalog/{p}/{o}/redrive", parked.partition(), parked.offset())
                .then().statusCode(409).body("detail", containsString("catalog-service answered 409: dead letter was"
                        + " re-driven before"));
    }

    @Test
    void theLettersShowTheReDriveStateTheCatalogKeeps() {
        String eventId = UUID.randomUUID().toString();
        RecordMetadata parked = park("state-" + eventId, eventId);
        services.stubFor(get(urlPathEqualTo(WireMockServices.CATALOG + "/dead-letters")).willReturn(okJson(
                "[{\"partition\":" + parked.partition() + ",\"offset\":" + parked.offset() + ",\"redriven\":true,"
                        + "\"lastRedrive\":{\"outcome\":\"history\",\"attempts\":1,\"attemptedAt\":\"2026-04-06T08:00:00Z\"}}]")));

        JsonPath letters = api().queryParam("consumer", "catalog").get("/dead-letters").then().statusCode(200)
                .extract().jsonPath();
        String letter = "letters.find { it.eventId == '" + eventId + "' }.";
        assertTrue(letters.getBoolean(letter + "redrive.redriven"));
        assertEquals("history", letters.getString(letter + "redrive.outcome"));
        assertTrue(letters.getString("redriveState").contains("from catalog-service"));
    }

    @Test
    void withoutTheCatalogTheLettersAreStillShownAndSaySo() {
        String eventId = UUID.randomUUID().toString();
        park("unknown-" + eventId, eventId);

        JsonPath letters = api().queryParam("consumer", "catalog").get("/dead-letters").then().statusCode(200)
                .extract().jsonPath();
        assertFalse(letters.getBoolean("letters.find { it.eventId == '" + eventId + "' }.redrive.redriven"));
        assertTrue(letters.getString("redriveState").contains("catalog-service answered 404"),
                letters.getString("redriveState"));
    }

    private RecordMetadata park(String article, String eventId) {
        return kafka.send(TestKafka.letter(LETTERS, article, "{}", TestKafka.submittedHeaders(eventId, article,
                Instant.now()), "headline is missing", EventContract.ARTICLES_SUBMITTED, 0, 7));
    }

    private static String redrivePath(RecordMetadata parked) {
        return "/dead-letters/" + parked.partition() + "/" + parked.offset() + "/redrive";
    }
}
