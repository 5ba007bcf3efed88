package io.herald.ingest.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

import org.junit.jupiter.api.Test;

import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@RealBrokerAndDatabase
class HealthAndDocsTest {

    @Test
    void readinessIsUpWhileTheBrokerAndTheDatabaseRun() {
        given().when().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'SmallRye Reactive Messaging - readiness check' }.data.'articles-submitted'",
                        equalTo("[OK]"))
                .body("checks.find { it.name == 'Database connections health check' }.status", equalTo("UP"));
    }

    @Test
    void livenessIsUp() {
        given().when().get("/q/health/live")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"));
    }

    @Test
    void openApiDocumentsTheArticleEndpoint() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then()
                .statusCode(200)
                .body("info.title", equalTo("Herald ingest API"))
                .body("paths.'/articles'.post.responses.'202'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/SubmissionReceipt"))
                .body("paths.'/articles'.post.responses.'503'.content", hasKey("application/problem+json"));
    }

    @Test
    void metricsIncludeTheKafkaProducer() {
        given().when().get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("kafka_producer_record_send_total{client_id=\"kafka-producer-articles-submitted\""));
    }
}
