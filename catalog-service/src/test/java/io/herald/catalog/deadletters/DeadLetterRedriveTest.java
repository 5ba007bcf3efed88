package io.herald.catalog.deadletters;

import static io.herald.catalog.testing.SampleArticles.FORUM_HEADLINE;
import static io.herald.catalog.testing.SampleArticles.forumReport;
import static io.herald.catalog.testing.SampleArticles.newArticleId;
import static io.herald.service.operator.testing.TestOperator.asOperator;
import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.herald.catalog.testing.ArticlesTopic;
import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.herald.events.ArticleSubmitted;
import io.herald.events.EventContract;
import io.herald.events.EventJson;
import io.herald.events.EventSerializer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

@QuarkusTest
@RealBrokerAndDatabase
class DeadLetterRedriveTest {

    private static final Duration LISTED_WITHIN = Duration.ofSeconds(30);
    private static final String PROBLEM_JSON = "application/problem+json";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void poisonRecordsAreListedWithReasonAndOriginAndStayListedWhileTheyStillFail() {
        String incompleteId = newArticleId();
        String malformedId = newArticleId();
        String incompleteEventId = UUID.randomUUID().toString();
        ArticleSubmitted incomplete = forumReport(incompleteId, 1, null);
        int partition;
        try (ArticlesTopic topic = new ArticlesTopic(bootstrapServers)) {
            partition = topic.submit(UUID.randomUUID().toString(), forumReport(newArticleId()), null);
            topic.submitRaw(partition, incompleteId, EventJson.write(incomplete),
                    ArticlesTopic.headers(incompleteEventId, incomplete));
            topic.submitRaw(partition, malformedId, "not JSON at all".getBytes(UTF_8),
                    ArticlesTopic.headers(UUID.randomUUID().toString(), forumReport(malformedId)));
        }

        Map<String, Object> letter = awaitLetter(incompleteId);
        assertLetter(letter, "reason", containsString("headline is missing"));
        assertLetter(letter, "deadLetterReason", containsString("headline is missing"));
        assertLetter(letter, "origin.topic", equalTo(EventContract.ARTICLES_SUBMITTED));
        assertLetter(letter, "origin.partition", equalTo(partition));
        assertLetter(letter, "origin.offset", notNullValue());
        assertLetter(letter, "eventId", equalTo(incompleteEventId));
        assertLetter(letter, "eventType", equalTo(EventContract.TYPE_ARTICLE_SUBMITTED));
        assertLetter(letter, "valuePreview", containsString(incompleteId));
        assertLetter(letter, "redriven", equalTo(false));
        assertLetter(letter, "lastRedrive", nullValue());
        Map<String, Object> malformed = awaitLetter(malformedId);
        assertLetter(malformed, "reason", containsString("ArticleSubmitted"));
        assertLetter(malformed, "valuePreview", equalTo("not JSON at all"));

        asOperator().when().post("/dead-letters/{partition}/{offset}/redrive", letter.get("partition"), letter.get("offset"))
                .then().statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(422))
                .body("detail", containsString("headline is missing"));
        Map<String, Object> afterOneAttempt = letter(incompleteId);
        assertLetter(afterOneAttempt, "redriven", equalTo(false));
        assertLetter(afterOneAttempt, "lastRedrive.outcome", equalTo("failed"));
        assertLetter(afterOneAttempt, "lastRedrive.attempts", equalTo(1));
        assertLetter(afterOneAttempt, "reason", containsString("headline is missing"));

        asOperator().when().post("/dead-letters/redrive")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body(outcomeOf(letter), equalTo("failed"))
                .body(outcomeOf(malformed), equalTo("failed"))
                .body(reasonOf(malformed), containsString("ArticleSubmitted"));
        asOperator().queryParam("pending", true).queryParam("limit", 1000)
                .when().get("/dead-letters")
                .then().statusCode(200)
                .body("key", hasItem(incompleteId))
                .body("key", hasItem(malformedId))
                .body("find { it.key == '%s' }.lastRedrive.attempts".formatted(incompleteId), equalTo(2));
        given().when().get("/articles/{id}", incompleteId).then().statusCode(404);
    }

    @Test
    void letterRejectedByABugSinceFixedIsAppliedByItsRedriveOnce() {
        String id = newArticleId();
        String eventId = UUID.randomUUID().toString();
        ArticleSubmitted event = forumReport(id);
        List<Header> headers = new ArrayList<>(ArticlesTopic.headers(eventId, event));
        headers.add(header("dead-letter-reason", "cannot store article event: a catalog bug, fixed since"));
        headers.add(header("dead-letter-topic", EventContract.ARTICLES_SUBMITTED));
        headers.add(header("dead-letter-partition", "3"));
        headers.add(header("dead-letter-offset", "41"));
        try (KafkaCompanion kafka = new KafkaCompanion(bootstrapServers)) {
            kafka.produceWithSerializers(new StringSerializer(), new EventSerializer<ArticleSubmitted>())
                    .fromRecords(new ProducerRecord<>(EventContract.ARTICLES_SUBMITTED_CATALOG_DLQ, null, id, event, headers))
                    .awaitCompletion(LISTED_WITHIN);
        }
        Map<String, Object> letter = awaitLetter(id);
        assertLetter(letter, "origin.partition", equalTo(3));
        assertLetter(letter, "origin.offset", equalTo(41));
        given().when().get("/articles/{id}", id).then().statusCode(404);

        asOperator().when().post("/dead-letters/{partition}/{offset}/redrive", letter.get("partition"), letter.get("offset"))
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("outcome", equalTo("current"))
                .body("eventId", equalTo(eventId))
                .body("key", equalTo(id));

        given().when().get("/articles/{id}", id)
                .then().statusCode(200)
                .body("headline", equalTo(FORUM_HEADLINE))
                .body("eventId", equalTo(eventId));
        Map<String, Object> redriven = letter(id);
        assertLetter(redriven, "redriven", equalTo(true));
        assertLetter(redriven, "lastRedrive.outcome", equalTo("current"));
        asOperator().queryParam("pending", true).queryParam("limit", 1000)
                .when().get("/dead-letters")
                .then().statusCode(200)
                .body("key", not(hasItem(id)));
        asOperator().when().post("/dead-letters/{partition}/{offset}/redrive", letter.get("partition"), letter.get("offset"))
                .then().statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("detail", containsString("re-driven"));
        asOperator().when().post("/dead-letters/redrive")
                .then().statusCode(200)
                .body("letters.findAll { it.partition == %s && it.offset == %s }.size()"
                        .formatted(letter.get("partition"), letter.get("offset")), equalTo(0));
    }

    @Test
    void offsetWithoutALetterIsANotFoundProblem() {
        asOperator().when().post("/dead-letters/{partition}/{offset}/redrive", 0, Long.MAX_VALUE)
                .then().statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("detail", containsString(String.valueOf(Long.MAX_VALUE)));
        asOperator().when().post("/dead-letters/{partition}/{offset}/redrive", 999, 0)
                .then().statusCode(404)
                .contentType(PROBLEM_JSON);
    }

    @ParameterizedTest
    @CsvSource({ "x,0,partition", "-1,0,partition", "0,-1,offset", "0,1.5,offset" })
    void malformedLetterAddressIsABadRequestProblemNamingTheField(String partition, String offset, String field) {
        asOperator().when().post("/dead-letters/{partition}/{offset}/redrive", partition, offset)
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo(field));
    }

    @ParameterizedTest
    @CsvSource({ "limit,0", "limit,1001", "pending,maybe" })
    void malformedListingParameterIsABadRequestProblemNamingIt(String parameter, String value) {
        asOperator().queryParam(parameter, value)
                .when().get("/dead-letters")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo(parameter));
    }

    private static Map<String, Object> awaitLetter(String key) {
        return await().atMost(LISTED_WITHIN).until(() -> letter(key), letter -> letter != null);
    }

    private static Map<String, Object> letter(String key) {
        return asOperator().queryParam("limit", 1000).when().get("/dead-letters")
                .then().statusCode(200).extract().jsonPath().getMap("find { it.key == '%s' }".formatted(key));
    }

    @SuppressWarnings("unchecked")
    private static void assertLetter(Map<String, Object> letter, String path, Matcher<?> matcher) {
        Object value = letter;
        for (String part : path.split("\\.")) {
            value = value == null ? null : ((Map<?, ?>) value).get(part);
        }
        assertThat(path, value, (Matcher<Object>) matcher);
    }

    private static String outcomeOf(Map<String, Object> letter) {
        return "letters.find { it.partition == %s && it.offset == %s }.outcome"
                .formatted(letter.get("partition"), letter.get("offset"));
    }

    private static String reasonOf(Map<String, Object> letter) {
        return "letters.find { it.partition == %s && it.offset == %s }.reason"
                .formatted(letter.get("partition"), letter.get("offset"));
    }

    private static Header header(String key, String value) {
        return new RecordHeader(key, value.getBytes(UTF_8));
    }
}
