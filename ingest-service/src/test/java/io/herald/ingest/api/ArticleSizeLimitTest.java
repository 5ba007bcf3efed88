package io.herald.ingest.api;

import static io.herald.ingest.Credentials.asDemo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.herald.ingest.ArticleFixtures;
import io.herald.ingest.SubmittedEvents;
import io.herald.service.problem.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** herald.ingest.max-article-bytes (1 MiB of event) at intake, and records that size through the real broker. */
@QuarkusTest
@RealBrokerAndDatabase
class ArticleSizeLimitTest {

    private static final int LIMIT = 1_048_576;
    /** Body text per paragraph: the validation limit is 20,000 characters. */
    private static final int PARAGRAPH = 10_000;
    /** A paragraph's JSON around its text. */
    private static final int PARAGRAPH_JSON = 40;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void articleOfAbout1Point2MegabytesIsA413NamingTheLimitAndTheField() {
        ObjectNode article = withSizeOf(ArticleFixtures.seedArticle("big-" + UUID.randomUUID()), 1_200_000);

        submit(article)
                .statusCode(413)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:herald:problem:article-too-large"))
                .body("status", equalTo(413))
                .body("detail", containsString("at most " + LIMIT + " bytes"))
                .body("detail", containsString("herald.ingest.max-article-bytes"))
                .body("errors[0].field", equalTo("body"))
                .body("errors[0].rule", containsString("at most " + LIMIT + " bytes"));
    }

    @Test
    void articleJustUnderTheLimitIsAcceptedAndReadableOnKafka() {
        ObjectNode article = withSizeOf(ArticleFixtures.seedArticle("large-" + UUID.randomUUID()), LIMIT - 8_000);
        String articleId = submit(article).statusCode(202).extract().path("articleId");

        ConsumerRecord<String, String> record = SubmittedEvents.recordsFor(bootstrapServers, articleId, 1).get(0);

        int size = record.value().getBytes(StandardCharsets.UTF_8).length;
        assertTrue(size > LIMIT - 10_000 && size <= LIMIT, "the record holds the whole article: " + size + " bytes");
        assertEquals(article.get("body").size(), SubmittedEvents.article(record).body().size());
    }

    /** Replaces the body with ASCII paragraphs until the article is about {@code bytes} of JSON. */
    private static ObjectNode withSizeOf(ObjectNode article, int bytes) {
        ArrayNode body = article.putArray("body");
        for (int left = bytes - article.toString().length(); left > PARAGRAPH_JSON; left -= PARAGRAPH + PARAGRAPH_JSON) {
            body.addObject().put("type", "paragraph").put("text", "x".repeat(Math.min(PARAGRAPH, left - PARAGRAPH_JSON)));
        }
        return article;
    }

    private static ValidatableResponse submit(ObjectNode article) {
        return asDemo().contentType(ContentType.JSON).body(article.toString()).when().post("/articles").then();
    }
}
