package io.herald.service.operator.testing;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;

/**
 * The operator key of the services' {@code %test} profile ({@code %test.herald.operator.keys=test:test-operator-key}
 * in each service's application.properties).
 */
public final class TestOperator {

    public static final String NAME = "test";
    public static final String KEY = "test-operator-key";

    private TestOperator() {
    }

    /** A request that carries the test operator key, as {@code given()} does none. */
    public static RequestSpecification asOperator() {
        return given().header("Authorization", "Bearer " + KEY);
    }
}
