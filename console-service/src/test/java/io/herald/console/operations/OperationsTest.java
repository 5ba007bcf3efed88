package io.herald.console.operations;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.herald.console.ConsoleTest;
import io.herald.console.ServiceStubs;
import io.herald.console.WireMockServices;
import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Rebuild and re-render are started and followed through the services' operator endpoints, called with the console's
 * own key; the WeChat accounts' health comes from wechat-service.
 */
@QuarkusTest
@RealBrokerAndDatabase
@WithTestResource(WireMockServices.class)
class OperationsTest extends ConsoleTest {

    @Test
    void theStateOfTheRebuildTheRerenderAndTheAccountsComesFromTheServices() {
        ServiceStubs.operations(services);

        JsonPath state = api().get("/operations").then().statusCode(200).extract().jsonPath();
        assertEquals("running", state.getString("rebuild.state"));
        assertEquals(120, state.getInt("rebuild.records"));
        assertEquals("no re-render has run on the render instance that answered", state.getString("rerenderNote"));
        assertTrue(state.getString("accounts[0].pause.reason").contains("45009"));
        assertEquals(3, state.getInt("accounts[0].articles.paused"));

        Document page = Jsoup.parse(page().get("/operations").then().statusCode(200).extract().asString());
        assertTrue(page.select("#rebuild + p").text().startsWith("running"), page.select("#rebuild + p").text());
        assertEquals("/operations/wechat/demo/resume", page.select("article.account form").attr("action"));
        assertTrue(page.select("article.account").text().contains("paused 3, published 40"),
                page.select("article.account").text());
        assertEquals("/operations/state", page.select("[data-live]").attr("data-live"));
        services.verify(getRequestedFor(
                urlPathEqualTo(WireMockServices.WECHAT + "/wechat/accounts"))
                .withHeader("Authorization", equalTo("Bearer " + CONSOLE_KEY)));
    }

    @Test
    void aRebuildIsStartedWithTheConsolesKeyAndOneThatRunsIsAConflict() {
        services.stubFor(post(urlPathEqualTo(WireMockServices.CATALOG + "/admin/rebuild"))
                .willReturn(aResponse().withStatus(202).withHeader("Content-Type", "application/json")
                        .withBody(ServiceStubs.RUNNING_REBUILD)));
        api().post("/operations/rebuild").then().statusCode(202).body("state", is("running"));
        services.verify(postRequestedFor(urlPathEqualTo(WireMockServices.CATALOG + "/admin/rebuild"))
                .withHeader("Authorization", equalTo("Bearer " + CONSOLE_KEY)));

        services.stubFor(post(urlPathEqualTo(WireMockServices.CATALOG + "/admin/rebuild"))
                .willReturn(aResponse().withStatus(409).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":409,\"detail\":\"a rebuild is running since 2026-04-06T08:00:00Z\"}")));
        api().post("/operations/rebuild").then().statusCode(409)
                .body("detail", containsString("catalog-service answered 409: a rebuild is running"));
    }

    @Test
    void aDryRunReRenderStartedFromThePageComesBackToIt() {
        services.stubFor(post(urlPathEqualTo(WireMockServices.RENDER + "/admin/rerender"))
                .withQueryParam("dryRun", equalTo("true"))
                .willReturn(aResponse().withStatus(202).withHeader("Content-Type", "application/json").withBody(
                        "{\"state\":\"running\",\"dryRun\":true,\"startedAt\":\"2026-04-06T08:00:00Z\",\"renditions\":0,"
                                + "\"changed\":0,\"unchanged\":0,\"withoutSource\":0}")));
        ServiceStubs.operations(services);

        String location = page().redirects().follow(false).formParam("dryRun", "true").post("/operations/rerender")
                .then().statusCode(303).header("Location", endsWith("/operations?started=rerender-dry-run"))
                .extract().header("Location");
        page().get(location).then().statusCode(200).body(containsString("Started: rerender-dry-run."));
        api().queryParam("dryRun", "maybe").post("/operations/rerender").then().statusCode(400)
                .body("errors[0].field", is("dryRun"));
    }
}
