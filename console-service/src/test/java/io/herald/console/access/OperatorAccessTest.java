package io.herald.console.access;

import static java.nio.charset.StandardCharsets.UTF_8;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.herald.console.ConsoleTest;
import io.herald.console.WireMockServices;
import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.herald.service.operator.testing.OperatorEndpoints;
import io.herald.service.operator.testing.OperatorLog;
import io.herald.service.operator.testing.TestOperator;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Every page and API of the console needs an operator key: API clients send it as a Bearer key, browsers give it once
 * at the login form and keep it in an HttpOnly, SameSite=Strict cookie, checked on every request.
 */
@QuarkusTest
@RealBrokerAndDatabase
@WithTestResource(WireMockServices.class)
class OperatorAccessTest extends ConsoleTest {

    private static final String HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @TestHTTPResource("/")
    URL base;

    @Test
    void everyPageAndApiNeedsAnOperatorKey() {
        List<String> checked = OperatorEndpoints.assertEveryOneNeedsAnOperatorKey("/", "/pipeline", "/dead-letters",
                "/articles", "/operations").stream().map(Object::toString).toList();
        assertThat(checked, hasItems("GET /", "GET /pipeline", "GET /pipeline/figures", "GET /dead-letters",
                "POST /dead-letters/{consumer}/{partition}/{offset}/redrive", "POST /dead-letters/{consumer}/redrive",
                "GET /articles", "GET /articles/{id}", "GET /operations", "POST /operations/rebuild",
                "POST /operations/rerender", "POST /operations/wechat/{account}/resume"));
    }

    @Test
    void aBrowserWithoutASessionIsSentToTheLoginForm() {
        given().accept(HTML).redirects().follow(false).get("/dead-letters?consumer=render")
                .then().statusCode(303)
                .header("Location", endsWith("/login?next=%2Fdead-letters%3Fconsumer%3Drender"));
        given().get("/login?next=/dead-letters").then().statusCode(200)
                .body(containsString("name=\"key\""))
                .body(containsString("value=\"/dead-letters\""));
    }

    @Test
    void theLoginFormOpensASessionWhoseCookieOpensEveryPageUnderTheKeysName() {
        Response login = given().redirects().follow(false).formParam("key", TestOperator.KEY)
                .formParam("next", "/operations").post("/login");
        login.then().statusCode(303).header("Location", endsWith("/operations"));
        String setCookie = login.header("Set-Cookie");
        assertThat(setCookie, containsString("HttpOnly"));
        assertThat(setCookie, containsString("SameSite=Strict"));
        assertThat(setCookie, containsString("Max-Age=43200"));
        assertThat(setCookie, containsString("Path=/"));
        String cookie = login.cookie(OperatorSession.COOKIE);
        assertThat(setCookie, not(containsString(TestOperator.KEY)));

        try (OperatorLog log = OperatorLog.capture()) {
            given().accept(HTML).cookie(OperatorSession.COOKIE, cookie).get("/").then().statusCode(200)
                    .body(containsString("<h1>Pipeline</h1>"));
            assertThat(log.lines(), hasItem(matchesPattern("INFO operator test: GET / at 20.*Z")));
        }
        given().accept("application/json").cookie(OperatorSession.COOKIE, cookie).get("/pipeline").then()
                .statusCode(200);

        given().redirects().follow(false).post("/logout").then().statusCode(303)
                .header("Set-Cookie", containsString("Max-Age=0"));
    }

    @Test
    void aWrongKeyGetsTheFormAgainAndNoSession() {
        given().redirects().follow(false).formParam("key", "not-the-key").formParam("next", "/").post("/login")
                .then().statusCode(401)
                .header("Set-Cookie", nullValue())
                .body(containsString("That key is not one of the operator keys."));
        given().formParam("key", " ").post("/login").then().statusCode(400)
                .body(containsString("key: must not be blank."));
    }

    @Test
    void aSessionWhoseKeyIsNoLongerAnOperatorKeyEnds() {
        String old = Base64.getUrlEncoder().withoutPadding().encodeToString("retired-key".getBytes(UTF_8));
        given().accept(HTML).cookie(OperatorSession.COOKIE, old).redirects().follow(false).get("/")
                .then().statusCode(303)
                .header("Location", endsWith("/login?next=%2F&ended=true"))
                .header("Set-Cookie", containsString("Max-Age=0"));
        given().accept("application/json").cookie(OperatorSession.COOKIE, old).get("/pipeline")
                .then().statusCode(403).body("type", equalTo("urn:herald:problem:operator-key-refused"));
    }

    @Test
    void anActionCarriedByTheCookieFromAnotherSiteIsRefused() {
        String cookie = session();
        given().cookie(OperatorSession.COOKIE, cookie).header("Origin", "https://elsewhere.example")
                .post("/dead-letters/render/0/999999/redrive")
                .then().statusCode(403).body("type", equalTo("urn:herald:problem:cross-site-request"));
        String origin = "http://" + base.getHost() + ":" + base.getPort();
        given().cookie(OperatorSession.COOKIE, cookie).header("Origin", origin).accept("application/json")
                .post("/dead-letters/render/0/999999/redrive")
                .then().statusCode(404).body("detail", containsString("no dead letter"));
    }

    @Test
    void theLoginGoesBackToAPageOfThisConsoleOnly() {
        for (String elsewhere : List.of("//elsewhere.example/x", "https://elsewhere.example/", "/\\elsewhere.example")) {
            String location = given().redirects().follow(false).formParam("key", TestOperator.KEY)
                    .formParam("next", elsewhere).post("/login").then().statusCode(303).extract().header("Location");
            assertEquals(base.toString(), location, elsewhere);
        }
    }

    @Test
    void theStylesheetScriptLoginAndHealthNeedNoKeyAndPagesAllowOnlyTheConsolesOwnScripts() {
        given().get("/static/console.css").then().statusCode(200);
        given().get("/static/console.js").then().statusCode(200).body(containsString("data-live"));
        given().get("/q/health/live").then().statusCode(200);
        page().get("/operations").then().statusCode(200)
                .header("Content-Security-Policy", containsString("default-src 'self'"));
    }

    private static String session() {
        return given().redirects().follow(false).formParam("key", TestOperator.KEY).post("/login")
                .then().statusCode(303).extract().cookie(OperatorSession.COOKIE);
    }
}
