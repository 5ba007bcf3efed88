package io.herald.e2e;

import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;

import io.herald.devstack.HeraldService;
import io.herald.devstack.HeraldStack;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * A newsroom posting to ingest's intakes with the credentials {@link HeraldStack} gives ingest: source {@code demo}'s
 * Bearer key ({@code HERALD_DEMO_KEY}, else {@code demo-key}) and Superdesk's secret ({@code HERALD_SUPERDESK_SECRET},
 * else {@code superdesk-secret}).
 */
final class Newsroom {

    static final String SOURCE = "demo";
    static final String DEMO_KEY = Objects.requireNonNullElse(System.getenv("HERALD_DEMO_KEY"), "demo-key");
    private static final String SUPERDESK_SECRET = Objects.requireNonNullElse(System.getenv("HERALD_SUPERDESK_SECRET"),
            "superdesk-secret");
    private static final String NDJSON = "application/x-ndjson";
    private static final String MARKDOWN = "text/markdown; charset=UTF-8";

    private final String ingest;

    Newsroom(HeraldStack stack) {
        this.ingest = stack.baseUrl(HeraldService.INGEST).toString();
    }

    /** {@code POST /articles}: one revision of one article. */
    ValidatableResponse postArticle(JsonNode article) {
        return asDemo().contentType(ContentType.JSON).body(article.toString().getBytes(UTF_8))
                .when().post("/articles").then();
    }

    /** {@code POST /articles} in the newsroom's trace: the request carries {@code traceparent}. */
    ValidatableResponse postArticleInTrace(JsonNode article, String traceparent) {
        return asDemo().header("traceparent", traceparent).contentType(ContentType.JSON)
                .body(article.toString().getBytes(UTF_8)).when().post("/articles").then();
    }

    /** {@code POST /articles/bulk}: one JSON article per line. */
    ValidatableResponse postBulk(String ndjson) {
        return asDemo().contentType(NDJSON).body(ndjson.getBytes(UTF_8)).when().post("/articles/bulk").then();
    }

    /** {@code POST /ninjs}: one ninjs 2.x item, as the bytes given. */
    ValidatableResponse postNinjs(byte[] item) {
        return asDemo().contentType(ContentType.JSON).body(item).when().post("/ninjs").then();
    }

    /** {@code POST /issues?revision=}: one page of a paper as Markdown. */
    ValidatableResponse postPage(String markdown, int revision) {
        return asDemo().contentType(MARKDOWN).queryParam("revision", revision).body(markdown.getBytes(UTF_8))
                .when().post("/issues").then();
    }

    /** {@code POST /superdesk/items}: one item as Superdesk's HTTP-push transmitter sends it, signed. */
    ValidatableResponse pushSuperdeskItem(JsonNode item) {
        byte[] body = SuperdeskPush.body(item);
        return given().baseUri(ingest)
                .header(SuperdeskPush.SIGNATURE_HEADER, SuperdeskPush.signature(SUPERDESK_SECRET, body))
                .contentType(ContentType.JSON).accept(ContentType.JSON).body(body)
                .when().post("/superdesk/items").then();
    }

    private RequestSpecification asDemo() {
        return given().baseUri(ingest).header("Authorization", "Bearer " + DEMO_KEY);
    }
}
