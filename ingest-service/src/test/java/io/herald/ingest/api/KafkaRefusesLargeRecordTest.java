package io.herald.ingest.api;

import static io.herald.ingest.Credentials.asDemo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.herald.ingest.ArticleFixtures;
import io.herald.service.problem.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * An intake limit set above what Kafka takes (the producer's 2 MiB max.request.size): Kafka's refusal
 * (RecordTooLargeException) is the 413 problem, not a 503 to retry forever; and the revision stays free.
 */
@QuarkusTest
@RealBrokerAndDatabase
@TestProfile(KafkaRefusesLargeRecordTest.IntakeLimitAboveKafkas.class)
class KafkaRefusesLargeRecordTest {

    public static class IntakeLimitAboveKafkas implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("herald.ingest.max-article-bytes", "8388608");
        }
    }

    @Test
    void recordKafkaRefusesAsTooLargeIsA413AndItsRevisionStaysFree() {
        ObjectNode article = ArticleFixtures.seedArticle("huge-" + UUID.randomUUID());
        ArrayNode body = article.putArray("body");
        for (int i = 0; i < 250; i++) {
            body.addObject().put("type", "paragraph").put("text", "x".repeat(10_000));
        }

        submit(article)
                .statusCode(413)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:herald:problem:article-too-large"))
                .body("detail", containsString("Kafka refused"))
                .body("errors[0].rule", containsString("max.request.size"));

        article.putArray("body").addObject().put("type", "paragraph").put("text", "短稿");
        submit(article).statusCode(202).body("revision", equalTo(1));
    }

    private static ValidatableResponse submit(ObjectNode article) {
        return asDemo().contentType(ContentType.JSON).body(article.toString()).when().post("/articles").then();
    }
}
