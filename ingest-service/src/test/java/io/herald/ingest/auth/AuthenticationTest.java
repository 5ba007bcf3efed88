package io.herald.ingest.auth;

import static io.herald.ingest.Credentials.asDemo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.herald.ingest.ArticleFixtures;
import io.herald.ingest.Credentials;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
@RealBrokerAndDatabase
class AuthenticationTest {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String UNAUTHENTICATED =
            "Missing or invalid credentials: send Authorization: Bearer <api key>, or sign the request.";

    @Test
    void articleWithoutCredentialsIs401WithABearerChallenge() {
        post(given(), article()).statusCode(401)
                .contentType(PROBLEM_JSON)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", equalTo(401))
                .body("detail", equalTo(UNAUTHENTICATED));
    }

    @Test
    void wrongApiKeyGetsTheSameAnswerAsNone() {
        post(given().header("Authorization", "Bearer test-demo-kex"), article()).statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("detail", equalTo(UNAUTHENTICATED));
        post(given().header("Authorization", "Basic " + Credentials.DEMO_API_KEY), article()).statusCode(401)
                .body("detail", equalTo(UNAUTHENTICATED));
    }

    @Test
    void articleIsPublishedAsTheAuthenticatedSourceWhenTheBodyNamesNone() {
        ObjectNode article = article();
        article.remove("source");

        post(asDemo(), article).statusCode(202)
                .body("articleId", equalTo("demo:" + article.get("sourceId").asText()));
    }

    @Test
    void bodyNamingAnotherSourceIs403() {
        post(asDemo(), article().put("source", "wire")).statusCode(403)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(403))
                .body("detail", startsWith("The body names source wire"));
    }

    @Test
    void sourceUsingAnIntakeOutsideItsFormatsIs403() {
        ObjectNode article = article();
        article.remove("source");

        post(given().header("Authorization", "Bearer " + Credentials.WIRE_API_KEY), article).statusCode(403)
                .contentType(PROBLEM_JSON)
                .body("detail", startsWith("Source wire may not use the json intake"));
    }

    @Test
    void signedArticleIsAcceptedOnceAndItsReplayIs401() {
        ObjectNode article = article();
        String body = article.toString();
        String timestamp = String.valueOf(Instant.now().getEpochSecond());
        String signature = nativeSignature(Credentials.DEMO_SIGNING_SECRET, timestamp, body);

        postRaw(signed("demo", timestamp, signature), body).statusCode(202)
                .body("articleId", equalTo("demo:" + article.get("sourceId").asText()));
        postRaw(signed("demo", timestamp, signature), body).statusCode(401)
                .contentType(PROBLEM_JSON)
                .body("detail", startsWith("Refused as a replay"));
    }

    @Test
    void signedPushThatWasRefusedMaySendItsSignatureAgain() {
        ObjectNode article = article();
        article.remove("headline");
        String body = article.toString();
        String timestamp = String.valueOf(Instant.now().getEpochSecond());
        String signature = nativeSignature(Credentials.DEMO_SIGNING_SECRET, timestamp, body);

        postRaw(signed("demo", timestamp, signature), body).statusCode(400);
        postRaw(signed("demo", timestamp, signature), body).statusCode(400);
    }

    @Test
    void replayWithTheSignatureInUpperCaseHexIsStillAReplay() {
        String body = article().toString();
        String timestamp = String.valueOf(Instant.now().getEpochSecond());
        String signature = nativeSignature(Credentials.DEMO_SIGNING_SECRET, timestamp, body);

        postRaw(signed("demo", timestamp, signature), body).statusCode(202);
        postRaw(signed("demo", timestamp, "sha256=" + signature.substring(7).toUpperCase(Locale.ROOT)), body)
                .statusCode(401).body("detail", startsWith("Refused as a replay"));
    }

    @Test
    void signatureOverAnotherBodyIs401() {
        String timestamp = String.valueOf(Instant.now().getEpochSecond());
        String signature = nativeSignature(Credentials.DEMO_SIGNING_SECRET, timestamp, article().toString());

        postRaw(signed("demo", timestamp, signature), article().toString()).statusCode(401);
    }

    @Test
    void signatureOutsideTheClockSkewIs401() {
        String body = article().toString();
        String timestamp = String.valueOf(Instant.now().minusSeconds(301).getEpochSecond());

        postRaw(signed("demo", timestamp, nativeSignature(Credentials.DEMO_SIGNING_SECRET, timestamp, body)), body)
                .statusCode(401);
    }

    @Test
    void signatureWithTheWrongSecretOrForASourceWithoutOneIs401() {
        String body = article().toString();
        String timestamp = String.valueOf(Instant.now().getEpochSecond());

        postRaw(signed("demo", timestamp, nativeSignature("guess", timestamp, body)), body).statusCode(401);
        postRaw(signed("wire", timestamp, nativeSignature(Credentials.DEMO_SIGNING_SECRET, timestamp, body)), body).statusCode(401);
    }

    @Test
    void correctlySignedSuperdeskPushReachesTheResourceAsSuperdeskWithItsBody() {
        byte[] body = ("{\"guid\":\"" + UUID.randomUUID() + "\",\"headline\":\"座谈会\"}").getBytes(StandardCharsets.UTF_8);

        superdeskPost(Credentials.superdeskSignature(body), body).statusCode(200)
                .body(equalTo("superdesk " + new String(body, StandardCharsets.UTF_8)));
    }

    @Test
    void repeatedSuperdeskPushIsNoReplay() {
        byte[] body = ("{\"guid\":\"" + UUID.randomUUID() + "\"}").getBytes(StandardCharsets.UTF_8);

        superdeskPost(Credentials.superdeskSignature(body), body).statusCode(200);
        superdeskPost(Credentials.superdeskSignature(body), body).statusCode(200)
                .body(equalTo("superdesk " + new String(body, StandardCharsets.UTF_8)));
    }

    @Test
    void wronglySignedOrUnsignedSuperdeskPushIs401() {
        byte[] body = ("{\"guid\":\"" + UUID.randomUUID() + "\"}").getBytes(StandardCharsets.UTF_8);
        byte[] other = "{\"guid\":\"other\"}".getBytes(StandardCharsets.UTF_8);

        superdeskPost(Credentials.superdeskSignature(other), body).statusCode(401);
        superdeskPost("sha1=" + Credentials.hmacHex("HmacSHA1", "wrong-secret", body), body).statusCode(401);
        given().contentType(ContentType.JSON).body(body).when().post("/superdesk/auth-probe").then().statusCode(401);
    }

    @Test
    void bearerKeyDoesNotOpenSuperdeskPaths() {
        asDemo().contentType(ContentType.JSON).body("{}").when().post("/superdesk/auth-probe").then().statusCode(401);
    }

    @Test
    void signedRequestsThatChangeNothingMayRepeat() {
        byte[] empty = new byte[0];
        for (int i = 0; i < 2; i++) {
            given().header("x-superdesk-signature", Credentials.superdeskSignature(empty))
                    .when().get("/superdesk/auth-probe")
                    .then().statusCode(200).body(equalTo("superdesk"));
        }
    }

    private static ObjectNode article() {
        return ArticleFixtures.seedArticle("auth-" + UUID.randomUUID());
    }

    private static RequestSpecification signed(String source, String timestamp, String signature) {
        return given().header("X-Herald-Source", source)
                .header("X-Herald-Timestamp", timestamp)
                .header("X-Herald-Signature", signature);
    }

    private static String nativeSignature(String secret, String timestamp, String body) {
        return "sha256=" + Credentials.hmacHex("HmacSHA256", secret,
                (timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
    }

    private static ValidatableResponse post(RequestSpecification request, ObjectNode article) {
        return postRaw(request, article.toString());
    }

    private static ValidatableResponse postRaw(RequestSpecification request, String body) {
        return request.contentType(ContentType.JSON).body(body.getBytes(StandardCharsets.UTF_8))
                .when().post("/articles").then();
    }

    private static ValidatableResponse superdeskPost(String signature, byte[] body) {
        return given().header("x-superdesk-signature", signature).contentType(ContentType.JSON).body(body)
                .when().post("/superdesk/auth-probe").then();
    }
}
