package io.herald.console.deadletters;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
 * Render's and wechat-service's letters: browsed from their dead-letter topics, newest first, and re-driven by
 * writing the original record back to the topic the consumer reads; the console records each re-drive and finds out
 * what came of it from the consumer's committed offset and its dead-letter topic.
 */
@QuarkusTest
@RealBrokerAndDatabase
@WithTestResource(WireMockServices.class)
class ProducedRedriveTest extends ConsoleTest {

    private static final String RENDER_LETTERS = EventContract.ARTICLES_SUBMITTED_RENDER_DLQ;
    private static final String SUBMITTED = EventContract.ARTICLES_SUBMITTED;
    private static final String BROKEN_VALUE = "{\"articleId\": \"broken";

    @Test
    void aPoisonLetterIsShownWithItsReasonOriginAndHeadersAndReDrivenToTheTopicItCameFrom() {
        String article = "poison-" + UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        RecordMetadata parked = park(RENDER_LETTERS, article, eventId, "Unexpected end-of-input in VALUE_STRING");

        JsonPath letters = api().queryParam("consumer", "render").get("/dead-letters").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(eventId, letters.getString("letters[0].eventId"), "newest first");
        String letter = "letters[0].";
        assertEquals(article, letters.getString(letter + "key"));
        assertEquals("Unexpected end-of-input in VALUE_STRING", letters.getString(letter + "reason"));
        assertTrue(letters.getString(letter + "cause").contains("JsonParseException"));
        assertEquals(SUBMITTED, letters.getString(letter + "originTopic"));
        assertEquals("3", letters.getString(letter + "originPartition"));
        assertEquals("41", letters.getString(letter + "originOffset"));
        assertEquals(BROKEN_VALUE, letters.getString(letter + "valuePreview"));
        assertEquals(EventContract.TYPE_ARTICLE_SUBMITTED,
                letters.getString(letter + "headers.find { it.key == 'ce_type' }.value"));
        assertFalse(letters.getBoolean(letter + "redrive.redriven"));
        assertEquals(RENDER_LETTERS, letters.getString("topic"));

        JsonPath redrive = api().post("/dead-letters/render/{partition}/{offset}/redrive", parked.partition(),
                parked.offset()).then().statusCode(200).extract().jsonPath();
        assertEquals("sent", redrive.getString("outcome"));
        assertEquals("test", redrive.getString("operator"));
        assertEquals(eventId, redrive.getString("eventId"));
        String[] writtenTo = redrive.getString("writtenTo").split("[ /]");
        assertEquals(SUBMITTED, writtenTo[0]);

        ConsumerRecord<byte[], byte[]> back = kafka.read(new TopicPartition(SUBMITTED, Integer.parseInt(writtenTo[1])),
                Long.parseLong(writtenTo[2]));
        assertArrayEquals(article.getBytes(UTF_8), back.key());
        assertArrayEquals(BROKEN_VALUE.getBytes(UTF_8), back.value());
        assertEquals(eventId, header(back, EventContract.CE_ID));
        assertEquals(RENDER_LETTERS + "/" + parked.partition() + "/" + parked.offset(),
                header(back, "herald-redriven-from"));
        for (Header header : back.headers()) {
            assertFalse(header.key().startsWith("dead-letter-"), "written back without " + header.key());
        }

        api().post("/dead-letters/render/{partition}/{offset}/redrive", parked.partition(), parked.offset())
                .then().statusCode(409).body("detail", containsString("was re-driven by test"));
        assertEquals("sent", api().queryParam("consumer", "render").get("/dead-letters").then().extract().jsonPath()
                .getString("letters.find { it.eventId == '" + eventId + "' }.redrive.outcome"));
    }

    @Test
    void aReDriveTheConsumerParksAgainIsDeadLetteredAgainAndTheNewLetterIsPending() {
        String article = "still-broken-" + UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        RecordMetadata parked = park(RENDER_LETTERS, article, eventId, "first failure");
        long id = api().post("/dead-letters/render/{partition}/{offset}/redrive", parked.partition(), parked.offset())
                .then().statusCode(200).extract().jsonPath().getLong("id");
        TopicPartition writtenTo = writtenTo(id);

        assertEquals("sent", outcome(id).getString("outcome"), "render has not got past it");
        RecordMetadata parkedAgain = park(RENDER_LETTERS, article, eventId, "second failure");
        kafka.commit("render", writtenTo, offsetOf(id) + 1);

        JsonPath settled = outcome(id);
        assertEquals("dead-lettered-again", settled.getString("outcome"));
        assertEquals("parked again as " + parkedAgain.partition() + "/" + parkedAgain.offset() + ": second failure",
                settled.getString("detail"));
        JsonPath letters = api().queryParam("consumer", "render").get("/dead-letters").then().extract().jsonPath();
        assertFalse(letters.getBoolean("letters.find { it.offset == " + parkedAgain.offset() + " && it.partition == "
                + parkedAgain.partition() + " }.redrive.redriven"), "the new letter waits for its own re-drive");
    }

    @Test
    void aReDriveTheConsumerGotPastWithoutParkingItAgainWasApplied() {
        String eventId = UUID.randomUUID().toString();
        RecordMetadata parked = park(RENDER_LETTERS, "fixed-" + UUID.randomUUID(), eventId, "database was down");
        long id = api().post("/dead-letters/render/{partition}/{offset}/redrive", parked.partition(), parked.offset())
                .then().statusCode(200).extract().jsonPath().getLong("id");
        kafka.commit("render", writtenTo(id), offsetOf(id) + 1);

        JsonPath settled = outcome(id);
        assertEquals("applied", settled.getString("outcome"));
        assertTrue(settled.getString("detail").contains("group render got past"), settled.getString("detail"));
    }

    @Test
    void reDrivingAllWritesBackEveryPendingLetterOnceInTheOrderTheyWereParked() {
        String article = "pair-" + UUID.randomUUID();
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        String letters = EventContract.ARTICLES_RENDERED_WECHAT_DLQ;
        RecordMetadata one = park(letters, article, first, "revision 1 breaks the contract");
        RecordMetadata two = park(letters, article, second, "revision 2 breaks the contract");
        assertEquals(one.partition(), two.partition(), "one article, one partition");

        List<Map<String, Object>> done = api().post("/dead-letters/wechat/redrive").then().statusCode(200)
                .extract().jsonPath().getList("");
        Map<String, Object> firstDone = done.stream().filter(r -> first.equals(r.get("eventId"))).findFirst()
                .orElseThrow();
        Map<String, Object> secondDone = done.stream().filter(r -> second.equals(r.get("eventId"))).findFirst()
                .orElseThrow();
        assertEquals("sent", firstDone.get("outcome"));
        assertTrue(((String) firstDone.get("writtenTo")).startsWith(EventContract.ARTICLES_RENDERED + " "));
        assertTrue(offset((String) firstDone.get("writtenTo")) < offset((String) secondDone.get("writtenTo")),
                "revision 1 goes back before revision 2");

        List<Map<String, Object>> again = api().post("/dead-letters/wechat/redrive").then().statusCode(200)
                .extract().jsonPath().getList("");
        assertTrue(again.stream().noneMatch(r -> first.equals(r.get("eventId")) || second.equals(r.get("eventId"))),
                "each letter is re-driven once");
    }

    @Test
    void thePageListsEachLetterWithItsReDriveAndAFormPostAnswersWithTheRedrivesOutcome() {
        String article = "page-" + UUID.randomUUID();
        RecordMetadata parked = park(RENDER_LETTERS, article, UUID.randomUUID().toString(), "shown on the page");

        Document page = Jsoup.parse(page().queryParam("consumer", "render").get("/dead-letters").then()
                .statusCode(200).extract().asString());
        Element letter = page.select("article.letter").stream().filter(a -> a.text().contains(article))
                .findFirst().orElseThrow();
        assertTrue(letter.select("dd.reason").text().contains("shown on the page"));
        String action = "/dead-letters/render/" + parked.partition() + "/" + parked.offset() + "/redrive";
        assertEquals(action, letter.select("form").attr("action"));

        String location = page().redirects().follow(false).post(action).then().statusCode(303).extract().header("Location");
        assertTrue(location.contains("/dead-letters?consumer=render&redrive="), location);
        Document after = Jsoup.parse(page().get(location).then().statusCode(200).extract().asString());
        assertTrue(after.select("p.notice").text().contains("sent"), after.select("p.notice").text());
    }

    @Test
    void aLetterThatIsNotThereIsNotFoundAndAnUnknownConsumerIsABadRequest() {
        api().post("/dead-letters/render/0/999999/redrive").then().statusCode(404)
                .body("detail", containsString("no dead letter at " + RENDER_LETTERS + " partition 0 offset 999999"));
        api().post("/dead-letters/nobody/0/0/redrive").then().statusCode(400)
                .body("errors[0].field", equalTo("consumer"))
                .body("errors[0].rule", containsString("must be one of"));
        api().post("/dead-letters/render/x/0/redrive").then().statusCode(400)
                .body("errors[0].field", equalTo("partition"));
        api().queryParam("consumer", "render").queryParam("limit", 0).get("/dead-letters").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
    }

    private RecordMetadata park(String topic, String article, String eventId, String reason) {
        ProducerRecord<byte[], byte[]> letter = TestKafka.letter(topic, article, BROKEN_VALUE,
                TestKafka.submittedHeaders(eventId, article, Instant.now()), reason, SUBMITTED, 3, 41);
        return kafka.send(letter);
    }

    private static JsonPath outcome(long id) {
        return api().get("/dead-letters/redrives").then().statusCode(200).extract().jsonPath()
                .setRootPath("find { it.id == " + id + " }");
    }

    private static TopicPartition writtenTo(long id) {
        String[] parts = outcome(id).getString("writtenTo").split("[ /]");
        return new TopicPartition(parts[0], Integer.parseInt(parts[1]));
    }

    private static long offsetOf(long id) {
        return offset(outcome(id).getString("writtenTo"));
    }

    private static long offset(String writtenTo) {
        return Long.parseLong(writtenTo.substring(writtenTo.lastIndexOf('/') + 1));
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String key) {
        Header header = record.headers().lastHeader(key);
        assertTrue(header != null, "header " + key);
        return new String(header.value(), UTF_8);
    }
}
