package io.herald.render;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@RealBrokerAndDatabase
class OperationsEndpointsTest {

    @Test
    void readinessCoversKafkaAndDatabase() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Reactive Messaging")))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void openApiDescribesBothOutputs() {
        given().when().get("/q/openapi")
                .then().statusCode(200)
                .body(containsString("/web/articles/{id}"), containsString("/wechat/articles/{id}"));
    }

    @Test
    void metricsArePublishedForPrometheus() {
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("# TYPE"));
    }
}
