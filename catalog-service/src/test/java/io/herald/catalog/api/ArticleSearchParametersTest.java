package io.herald.catalog.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.quarkus.test.junit.QuarkusTest;

/** {@code GET /articles}: every invalid parameter is a 400 problem naming it; odd queries are only text. */
@QuarkusTest
@RealBrokerAndDatabase
class ArticleSearchParametersTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    static Stream<Arguments> invalidParameters() {
        String longQuery = "芯".repeat(201);
        return Stream.of(
                Arguments.of("limit", "0", "limit", "must be an integer from 1 to 100"),
                Arguments.of("limit", "101", "limit", "must be an integer from 1 to 100"),
                Arguments.of("limit", "ten", "limit", "must be an integer from 1 to 100"),
                Arguments.of("from", "2026-13-01", "from", "must be a date as YYYY-MM-DD"),
                Arguments.of("from", "2026-4-6", "from", "must be a date as YYYY-MM-DD"),
                Arguments.of("to", "yesterday", "to", "must be a date as YYYY-MM-DD"),
                Arguments.of("sort", "best", "sort", "must be relevance or date"),
                Arguments.of("sort", "relevance", "sort", "relevance needs q"),
                Arguments.of("cursor", "not-a-cursor", "cursor", "must be a nextCursor of the same search"),
                Arguments.of("cursor", "YzEKMTIzNAotCjEuMApkZW1vOng", "cursor", "must be a nextCursor of the same search"),
                Arguments.of("q", longQuery, "q", "must be at most 200 characters"),
                Arguments.of("q", "-芯片 -\"盾构机\"", "q", "must contain a word or phrase to find, not only excluded ones"),
                Arguments.of("section", "要".repeat(201), "section", "must be at most 200 characters without control characters"),
                Arguments.of("author", "姚\u0000雯", "author", "must be at most 200 characters without control characters"),
                Arguments.of("page", "x".repeat(201), "page", "must be at most 200 characters without control characters"),
                Arguments.of("publication", "\n", "publication",
                        "must be at most 200 characters without control characters"));
    }

    @ParameterizedTest
    @MethodSource("invalidParameters")
    void invalidParameterIsABadRequestProblemNamingTheFieldAndRule(String name, String value, String field,
            String rule) {
        given().queryParam(name, value)
                .when().get("/articles")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(400))
                .body("type", equalTo("urn:herald:problem:invalid-parameter"))
                .body("errors[0].field", equalTo(field))
                .body("errors[0].rule", equalTo(rule));
    }

    @Test
    void fromAfterToIsAProblemNamingFrom() {
        given().queryParam("from", "2026-04-07").queryParam("to", "2026-04-06")
                .when().get("/articles")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("from"))
                .body("errors[0].rule", equalTo("must not be after to"));
    }

    @Test
    void emptyParametersAreNoParameters() {
        given().queryParam("q", "").queryParam("section", "").queryParam("from", "").queryParam("sort", "")
                .queryParam("limit", "").queryParam("cursor", "")
                .when().get("/articles")
                .then().statusCode(200).body("$", hasKey("total"));
    }

    @Test
    void unknownParameterIsABadRequestProblemNamingItAndTheKnownOnes() {
        given().urlEncodingEnabled(false)
                .when().get("/articles?q=%E5%B7%A5%E4%B8%9A&limt=5")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(400))
                .body("type", equalTo("urn:herald:problem:invalid-parameter"))
                .body("title", equalTo("Invalid parameter"))
                .body("detail", containsString("limt"))
                .body("errors.field", contains("limt"))
                .body("errors[0].rule",
                        equalTo("must be one of q, section, page, author, publication, from, to, sort, limit, cursor"));
    }

    @Test
    void everyUnknownParameterIsNamed() {
        given().queryParam("Q", "工业").queryParam("srot", "date").queryParam("limit", "5")
                .when().get("/articles")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors.field", containsInAnyOrder("Q", "srot"));
    }

    @Test
    void everyKnownParameterIsTaken() {
        given().queryParam("q", "工业").queryParam("section", "要闻").queryParam("page", "01版")
                .queryParam("author", "张伟").queryParam("publication", "中国高新技术产业导报")
                .queryParam("from", "2026-04-01").queryParam("to", "2026-04-06").queryParam("sort", "date")
                .queryParam("limit", "5").queryParam("cursor", "")
                .when().get("/articles")
                .then().statusCode(200).body("$", hasKey("total"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "\"芯片", "芯片\"", "\"\"", "\"", "-", "--", "- -", "!", "&", "|", "!芯片", "芯片 & 盾构机",
            "芯片 | 盾构机", "(芯片", "芯片)", "芯片:*", "芯片:A", "<->", "芯片 <-> 盾构机", "'芯片'", "''", "'; drop table article; --",
            "\\", "\\'", "芯片\\", "。,、", "“”", "\u0001\u0002", "芯\u0000片", "\ud800", "芯\udc00片", "\ufeff芯片", "😀",
            "a:*b", "*", "-\"\"", "\"-芯片\"", "芯片 -芯片", "%", "_", "$1", "?", "{}", "[]", "\t\n", "　芯片　" })
    void oddQueryIsOnlyTextAndAnswersWithResultsOrAProblem(String q) {
        given().queryParam("q", q)
                .when().get("/articles")
                .then().statusCode(anyOf(is(200), is(400)))
                .body("$", anyOf(hasKey("total"), hasKey("errors")));
    }

    @ParameterizedTest
    @ValueSource(strings = { "%ED%A0%80", "%FF%FE", "%C0%AF", "%E8%8A", "%00", "%25", "%2B%2B" })
    void undecodableQueryBytesAnswerWithResultsOrAProblem(String encoded) {
        given().urlEncodingEnabled(false)
                .when().get("/articles?q=" + encoded + "&author=" + encoded)
                .then().statusCode(anyOf(is(200), is(400)));
    }
}
