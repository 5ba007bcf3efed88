package io.herald.ingest.api;

import static io.herald.ingest.Credentials.asDemo;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.herald.devstack.testing.PostgresTestResource;
import io.herald.ingest.ArticleFixtures;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;

/**
 * No broker at all: this class has no Kafka test resource (which would override the address), only a
 * profile pointing at a port where nothing listens. Its database is real, so only Kafka is missing.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "ingest"))
@TestProfile(UnreachableBrokerTest.NoBroker.class)
class UnreachableBrokerTest {

    /** Far above the 2 s publish timeout: a request that hangs fails the test instead of the build. */
    private static final RestAssuredConfig GIVE_UP_AFTER_15_SECONDS = RestAssured.config()
            .httpClient(HttpClientConfig.httpClientConfig()
                    .setParam("http.connection.timeout", 5_000)
                    .setParam("http.socket.timeout", 15_000));

    public static class NoBroker implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "kafka.bootstrap.servers", "localhost:" + freePort(),
                    "herald.ingest.publish-timeout", "2s",
                    "herald.ingest.retry-after", "7s");
        }

        private static int freePort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Inject
    AgroalDataSource database;

    @Test
    void submissionIsA503WithRetryAfterOnceThePublishTimeoutPassed() throws SQLException {
        String sourceId = "p01-" + UUID.randomUUID();
        asDemo().config(GIVE_UP_AFTER_15_SECONDS)
                .contentType(ContentType.JSON).body(ArticleFixtures.seedArticle(sourceId).toString())
                .when().post("/articles")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "7")
                .body("type", equalTo("urn:herald:problem:publish-unavailable"))
                .body("status", equalTo(503))
                .body("instance", equalTo("/articles"));

        assertEquals(0, revisionsHeldFor("demo:" + sourceId), "a send that failed gives its claim on the revision up, "
                + "so a retry with other content may take it");
    }

    private int revisionsHeldFor(String articleId) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT count(*) FROM article_revision WHERE article_id = ?")) {
            query.setString(1, articleId);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    @Test
    void readinessIsDownWithoutABroker() {
        asDemo().config(GIVE_UP_AFTER_15_SECONDS)
                .when().get("/q/health/ready")
                .then()
                .statusCode(503)
                .body("status", equalTo("DOWN"));
    }
}
