package io.herald.service.operator.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.herald.service.operator.OperatorOnly;
import io.restassured.specification.RequestSpecification;

/**
 * Checks of a running service's operator endpoints, for its {@code @QuarkusTest}s: every operation its OpenAPI
 * document lists under its operator paths declares the operator security scheme and answers 401 without a key and
 * 403 with a wrong one (a later endpoint there without {@link OperatorOnly} fails it), and the problems answered.
 */
public final class OperatorEndpoints {

    private static final String PROBLEM_JSON = "application/problem+json";
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
     * 401 problem without a key and a 403 problem with a wrong key.
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
            assertUnauthorizedWithoutAKey(given(), endpoint.method(), endpoint.callablePath());
            assertForbiddenWithTheWrongKey("not-" + TestOperator.KEY, endpoint.method(), endpoint.callablePath());
        }
        return endpoints;
    }

    /**
     * Asserts that {@code request} (which carries no bearer key) to {@code path} is answered with a 401 problem and
     * {@code WWW-Authenticate: Bearer}.
     */
    public static void assertUnauthorizedWithoutAKey(RequestSpecification request, String method, String path) {
        request.when().request(method, path)
                .then().statusCode(401)
                .contentType(PROBLEM_JSON)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo("urn:herald:problem:operator-key-missing"))
                .body("title", equalTo("Operator key missing"))
                .body("status", equalTo(401))
                .body("detail", containsString("Authorization: Bearer"))
                .body("instance", equalTo(pathOnly(path)));
    }

    /** Asserts that a request to {@code path} with {@code wrongKey} is answered with a 403 problem not repeating it. */
    public static void assertForbiddenWithTheWrongKey(String wrongKey, String method, String path) {
        given().header("Authorization", "Bearer " + wrongKey)
                .when().request(method, path)
                .then().statusCode(403)
                .contentType(PROBLEM_JSON)
                .header("WWW-Authenticate", nullValue())
                .body("type", equalTo("urn:herald:problem:operator-key-refused"))
                .body("title", equalTo("Operator key refused"))
                .body("status", equalTo(403))
                .body("detail", containsString("HERALD_OPERATOR_KEYS"))
                .body("detail", not(containsString(wrongKey)))
                .body("instance", equalTo(pathOnly(path)));
    }

    /**
     * Asserts, for a service started without operator keys, that {@code path} is answered with a 403 problem saying
     * so, without a key and with the test key alike.
     */
    public static void assertRefusedWhileNoKeyIsConfigured(String method, String path) {
        for (RequestSpecification request : List.of(given(), TestOperator.asOperator())) {
            request.when().request(method, path)
                    .then().statusCode(403)
                    .contentType(PROBLEM_JSON)
                    .body("type", equalTo("urn:herald:problem:operator-keys-not-configured"))
                    .body("status", equalTo(403))
                    .body("detail", containsString("HERALD_OPERATOR_KEYS"))
                    .body("instance", equalTo(pathOnly(path)));
        }
    }

    private static String pathOnly(String path) {
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    /** The {@code paths} of the service's OpenAPI document: path, then method, then the operation. */
    private static Map<String, Map<String, Map<String, Object>>> openApiPaths() {
        return given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
    }
}
