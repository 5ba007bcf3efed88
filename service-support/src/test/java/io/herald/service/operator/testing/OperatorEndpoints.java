package io.herald.service.operator.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.herald.service.operator.OperatorOnly;

/**
 * The operations a running service lists in its OpenAPI document under its operator paths, and the check that each
 * one is an operator endpoint: it declares the operator security scheme and answers 401 without a key and 403 with
 * a wrong one. A later endpoint under those paths without {@link OperatorOnly} fails this check.
 */
public final class OperatorEndpoints {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    /** One operation, e.g. {@code POST /dead-letters/{partition}/{offset}/redrive}. */
    public record Endpoint(String method, String path) {

        /** The path with every template parameter set to {@code 0}. */
        String callablePath() {
            return path.replaceAll("\\{[^}]*}", "0");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private OperatorEndpoints() {
    }

    /** Every operation of {@code paths} whose path is one of {@code prefixes} or below one. */
    private static List<Endpoint> listed(Map<String, Map<String, Map<String, Object>>> paths, String... prefixes) {
        List<Endpoint> endpoints = new ArrayList<>();
        paths.forEach((path, operations) -> {
            for (String prefix : prefixes) {
                if (path.equals(prefix) || path.startsWith(prefix + "/")) {
                    operations.keySet().stream().filter(METHODS::contains).sorted()
                            .forEach(method -> endpoints.add(new Endpoint(method.toUpperCase(), path)));
                }
            }
        });
        return endpoints;
    }

    /**
     * Checks every operation under {@code prefixes}: it declares {@value OperatorOnly#SECURITY_SCHEME}, answers a
     * 401 problem with {@code WWW-Authenticate: Bearer} without a key and a 403 problem with a wrong key.
     *
     * @return the operations checked
     */
    public static List<Endpoint> assertEveryOneNeedsAnOperatorKey(String... prefixes) {
        Map<String, Map<String, Map<String, Object>>> paths = openApiPaths();
        List<Endpoint> endpoints = listed(paths, prefixes);
        for (Endpoint endpoint : endpoints) {
            Object security = paths.get(endpoint.path()).get(endpoint.method().toLowerCase()).get("security");
            assertTrue(security instanceof List<?> requirements && requirements.stream()
                    .anyMatch(r -> r instanceof Map<?, ?> m && m.containsKey(OperatorOnly.SECURITY_SCHEME)),
                    endpoint + " does not declare @SecurityRequirement(name = OperatorOnly.SECURITY_SCHEME)");
            given().when().request(endpoint.method(), endpoint.callablePath())
                    .then().statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", startsWith("Bearer"))
                    .body("status", equalTo(401));
            given().header("Authorization", "Bearer not-" + TestOperator.KEY)
                    .when().request(endpoint.method(), endpoint.callablePath())
                    .then().statusCode(403)
                    .contentType("application/problem+json")
                    .body("status", equalTo(403));
        }
        return endpoints;
    }

    /** The {@code paths} of the service's OpenAPI document: path, then method, then the operation. */
    private static Map<String, Map<String, Map<String, Object>>> openApiPaths() {
        return given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
    }
}
