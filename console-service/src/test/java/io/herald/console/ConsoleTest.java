package io.herald.console;

import static io.restassured.RestAssured.given;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.herald.service.operator.testing.TestOperator;
import io.restassured.specification.RequestSpecification;

/**
 * What the console's {@code @QuarkusTest}s share: the real broker (with the tests' own clients), WireMock as the
 * other services, and requests as an API client or as a browser. Subclasses carry {@code @QuarkusTest},
 * {@code @RealBrokerAndDatabase} and {@code @WithTestResource(WireMockServices.class)}.
 */
public abstract class ConsoleTest {

    /** The key the console presents to the services in the test profile. */
    protected static final String CONSOLE_KEY = "console-key";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    protected String bootstrapServers;

    protected WireMockServer services;
    protected TestKafka kafka;

    @BeforeEach
    void openKafka() {
        services.resetAll();
        kafka = new TestKafka(bootstrapServers);
    }

    @AfterEach
    void closeKafka() {
        kafka.close();
    }

    /** An API client with the test operator key, asking for JSON. */
    protected static RequestSpecification api() {
        return TestOperator.asOperator().accept("application/json");
    }

    /** A browser page request with the test operator key. */
    protected static RequestSpecification page() {
        return given().header("Authorization", "Bearer " + TestOperator.KEY)
                .accept("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
    }
}
