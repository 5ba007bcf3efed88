package io.herald.ingest.api;

import static io.herald.ingest.Credentials.asDemo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.herald.ingest.ArticleFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@RealBrokerAndDatabase
class RequestLimitsTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Test
    void bodyOverTheConfiguredLimitIs413Problem() {
        String huge = ArticleFixtures.seedArticle().put("headline", "头".repeat(6_000_000)).toString();

        asDemo().contentType(ContentType.JSON).body(huge.getBytes(StandardCharsets.UTF_8))
                .when().post("/articles")
                .then()
                .statusCode(413)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(413))
                .body("detail", containsString("16777216 bytes"));
    }

    @Test
    void contentTypeThatIsNoMediaTypeIs415Problem() {
        asDemo().header("Content-Type", "json")
                .body(ArticleFixtures.seedArticle().toString().getBytes(StandardCharsets.UTF_8))
                .when().post("/articles")
                .then()
                .statusCode(415)
                .contentType(PROBLEM_JSON)
                .body("detail", startsWith("Content-Type json"))
                .body("detail", containsString("is not a media type"));
    }

    @Test
    void invalidUtf8IsA400NamingTheRule() {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("{\"headline\": \"".getBytes(StandardCharsets.UTF_8));
        body.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28});
        body.writeBytes("\", \"body\": [{\"type\": \"paragraph\", \"text\": \"x\"}]}".getBytes(StandardCharsets.UTF_8));

        asDemo().contentType("application/json; charset=utf-8").body(body.toByteArray())
                .when().post("/articles")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(400))
                .body("detail", containsString("UTF-8"));
    }
}
