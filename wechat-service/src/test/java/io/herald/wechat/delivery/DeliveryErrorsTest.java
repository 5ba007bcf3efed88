package io.herald.wechat.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;

import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.herald.events.ArticleRendered;
import io.herald.service.operator.testing.OperatorEndpoints;
import io.herald.service.operator.testing.TestOperator;
import io.herald.wechat.InterruptedDeliveries;
import io.herald.wechat.RenderedTopic;
import io.herald.wechat.WechatServiceTest;
import io.herald.wechat.WireMockWechat;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@RealBrokerAndDatabase
@WithTestResource(WireMockWechat.class)
class DeliveryErrorsTest extends WechatServiceTest {

    private static final String DRAFT_ADD = "/cgi-bin/draft/add";

    @Inject
    EntityManager database;

    /** draft/add of this article on the newsroom account. */
    private static MappingBuilder newsroomAdds(String articleId) {
        return post(urlPathEqualTo(DRAFT_ADD)).atPriority(TEST_STUB)
                .withQueryParam("access_token", equalTo("TOKEN-newsroom")).withRequestBody(containing(articleId));
    }

    private static String newsroom(String field) {
        return "accounts.find { it.account == 'newsroom' }." + field;
    }

    @Test
    void busyTwiceThenSuccess() {
        String id = newArticleId("busy");
        String scenario = "busy-" + id;
        wechat.stubFor(newsroomAdds(id).inScenario(scenario).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"errcode\":-1,\"errmsg\":\"system error\"}")).willSetStateTo("once"));
        wechat.stubFor(newsroomAdds(id).inScenario(scenario).whenScenarioStateIs("once")
                .willReturn(okJson("{\"errcode\":-1,\"errmsg\":\"system error\"}")).willSetStateTo("twice"));
        topic.announce(RenderedTopic.published(id, 1, "<p>正文</p>", null));

        JsonPath drafted = awaitState(id, NEWSROOM, "drafted");

        assertEquals(2, drafted.getInt(newsroom("attempts")));
        assertTrue(drafted.getString(newsroom("mediaId")).endsWith(id));
        wechat.verify(3, postRequestedFor(urlPathEqualTo(DRAFT_ADD)).withRequestBody(containing(id))
                .withQueryParam("access_token", equalTo("TOKEN-newsroom")));
    }

    @Test
    void tokenExpiredMidFlowIsRenewedWithoutAFailedAttempt() {
        String id = newArticleId("token");
        wechat.stubFor(newsroomAdds(id).inScenario("token-" + id).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"errcode\":42001,\"errmsg\":\"access_token expired\"}")).willSetStateTo("renewed"));
        topic.announce(RenderedTopic.published(id, 1, "<p>正文</p>", null));

        JsonPath drafted = awaitState(id, NEWSROOM, "drafted");

        assertEquals(0, drafted.getInt(newsroom("attempts")));
        wechat.verify(2, postRequestedFor(urlPathEqualTo(DRAFT_ADD)).withRequestBody(containing(id))
                .withQueryParam("access_token", equalTo("TOKEN-newsroom")));
    }

    @Test
    void dailyQuotaPausesTheAccountUntilAnOperatorResumesIt() {
        String id = newArticleId("quota");
        StubMapping quota = wechat.stubFor(newsroomAdds(id)
                .willReturn(okJson("{\"errcode\":45009,\"errmsg\":\"reach max api daily quota limit\"}")));
        try {
            topic.announce(RenderedTopic.published(id, 1, "<p>正文</p>", null));

            JsonPath paused = awaitState(id, NEWSROOM, "paused");
            assertThat(paused.getString(newsroom("lastError")), containsString("daily quota spent until"));
            assertTrue(paused.getString(newsroom("nextAttemptAt")).endsWith("T16:00:00Z"), "midnight in Beijing");
            awaitState(id, DAILY, "published");
            wechat.removeStub(quota);
        } finally {
            TestOperator.asOperator().post("/wechat/accounts/{name}/resume", NEWSROOM).then().statusCode(200)
                    .body("wasPaused", equalTo(true));
        }

        JsonPath drafted = awaitState(id, NEWSROOM, "drafted");
        assertTrue(drafted.getString(newsroom("mediaId")).endsWith(id));
    }

    @Test
    void theAccountsHealthShowsTheTokenHeldThePauseAndTheLastErrors() {
        String id = newArticleId("health");
        StubMapping quota = wechat.stubFor(newsroomAdds(id)
                .willReturn(okJson("{\"errcode\":45009,\"errmsg\":\"reach max api daily quota limit\"}")));
        try {
            topic.announce(RenderedTopic.published(id, 1, "<p>正文</p>", null));
            awaitState(id, NEWSROOM, "paused");

            JsonPath accounts = TestOperator.asOperator().get("/wechat/accounts").then().statusCode(200)
                    .extract().jsonPath();
            String newsroom = "find { it.account == 'newsroom' }.";
            assertEquals("wx-test-app", accounts.getString(newsroom + "appId"));
            assertEquals("draft", accounts.getString(newsroom + "policy"));
            assertTrue(accounts.getBoolean(newsroom + "token.held"), accounts.prettify());
            assertThat(accounts.getString(newsroom + "pause.reason"), containsString("45009"));
            assertTrue(accounts.getString(newsroom + "pause.pausedUntil").endsWith("T16:00:00Z"), "midnight in Beijing");
            assertTrue(accounts.getInt(newsroom + "articles.paused") >= 1, accounts.prettify());
            assertThat(accounts.getString(newsroom + "lastErrors.find { it.articleId == '" + id + "' }.lastError"),
                    containsString("daily quota spent until"));
            assertEquals("publish", accounts.getString("find { it.account == 'daily' }.policy"));
            wechat.removeStub(quota);
        } finally {
            TestOperator.asOperator().post("/wechat/accounts/{name}/resume", NEWSROOM).then().statusCode(200);
        }
        awaitState(id, NEWSROOM, "drafted");
        TestOperator.asOperator().get("/wechat/accounts").then().statusCode(200)
                .body("find { it.account == 'newsroom' }.pause", nullValue());
    }

    @Test
    void contentErrorFailsAtOnceAndAnOperatorRetriesIt() {
        String id = newArticleId("content");
        StubMapping tooLong = wechat.stubFor(newsroomAdds(id)
                .willReturn(okJson("{\"errcode\":45002,\"errmsg\":\"content size out of limit\"}")));
        topic.announce(RenderedTopic.published(id, 1, "<p>正文</p>", null));

        JsonPath failed = awaitState(id, NEWSROOM, "failed");
        assertThat(failed.getString(newsroom("lastError")), containsString("errcode 45002"));
        wechat.verify(1, postRequestedFor(urlPathEqualTo(DRAFT_ADD)).withRequestBody(containing(id))
                .withQueryParam("access_token", equalTo("TOKEN-newsroom")));

        wechat.removeStub(tooLong);
        TestOperator.asOperator().post("/wechat/articles/{id}/retry", id).then().statusCode(200)
                .body(newsroom("attempts"), equalTo(0));
        awaitState(id, NEWSROOM, "drafted");
    }

    @Test
    void retryOfAnArticleThatFailedNowhereIsAConflict() {
        String id = newArticleId("no-failure");
        topic.announce(RenderedTopic.published(id, 1, "<p>正文</p>", null));
        awaitState(id, NEWSROOM, "drafted");

        TestOperator.asOperator().post("/wechat/articles/{id}/retry", id).then().statusCode(409)
                .contentType("application/problem+json").body("type", containsString("nothing-to-retry"));
    }

    @Test
    void reviewRejectionFailsThePublicationWithItsReason() {
        String id = newArticleId("rejected");
        wechat.stubFor(post(urlPathEqualTo("/cgi-bin/freepublish/get")).atPriority(TEST_STUB)
                .withRequestBody(containing(id)).willReturn(okJson(
                        "{\"publish_id\":\"x\",\"publish_status\":4,\"fail_idx\":[1]}")));
        topic.announce(RenderedTopic.published(id, 1, "<p>正文</p>", null));

        JsonPath failed = awaitState(id, DAILY, "failed");

        assertEquals("rejected by WeChat's review (fail_idx [1])",
                failed.getString("accounts.find { it.account == 'daily' }.lastError"));
    }

    @Test
    void aPublicationStillPublishingAfterThePublishTimeoutFailsAndARetryLooksAgain() {
        String id = newArticleId("publish-timeout");
        String publishId = "PUB|MEDIA|TOKEN-daily|https://news.example.test/web/articles/" + id;
        StubMapping stillPublishing = wechat.stubFor(post(urlPathEqualTo("/cgi-bin/freepublish/get"))
                .atPriority(TEST_STUB).withRequestBody(containing(id))
                .willReturn(okJson("{\"publish_id\":\"x\",\"publish_status\":1}")));
        topic.announce(RenderedTopic.published(id, 1, "<p>正文</p>", null));

        JsonPath failed = awaitState(id, DAILY, "failed");

        String lastError = failed.getString("accounts.find { it.account == 'daily' }.lastError");
        assertThat(lastError, containsString("publish_status 1 (publishing) for publish_id " + publishId + " after "));
        assertThat(lastError, containsString("(herald.wechat.retry.publish-timeout 5s)"));
        assertEquals(0, failed.getInt("accounts.find { it.account == 'daily' }.attempts"));

        wechat.removeStub(stillPublishing);
        TestOperator.asOperator().post("/wechat/articles/{id}/retry", id).then().statusCode(200);
        JsonPath published = awaitState(id, DAILY, "published");
        assertEquals("https://mp.weixin.qq.com/s/" + publishId,
                published.getString("accounts.find { it.account == 'daily' }.articleUrl"));
        wechat.verify(1, postRequestedFor(urlPathEqualTo("/cgi-bin/freepublish/submit")).withRequestBody(containing(id)));
    }

    @Test
    void killWhilePublishingWaitsForThePublicationAndDeletesIt() {
        String id = newArticleId("kill-publishing");
        StubMapping stillPublishing = wechat.stubFor(post(urlPathEqualTo("/cgi-bin/freepublish/get"))
                .atPriority(TEST_STUB).withRequestBody(containing(id)).willReturn(okJson("{\"publish_id\":\"x\",\"publish_status\":1}")));
        topic.announce(RenderedTopic.published(id, 1, "<p>正文</p>", null));
        awaitState(id, DAILY, "publishing");

        topic.announce(RenderedTopic.unpublished(id, 2));
        wechat.removeStub(stillPublishing);

        awaitState(id, DAILY, "deleted");
        wechat.verify(1, postRequestedFor(urlPathEqualTo("/cgi-bin/freepublish/delete"))
                .withRequestBody(containing("ART|PUB|MEDIA|TOKEN-daily|https://news.example.test/web/articles/" + id)));
    }

    @Test
    void crashBetweenDraftAddAndItsCommitMakesOneDraftNotTwo() {
        String id = newArticleId("crash");
        ArticleRendered rendered = RenderedTopic.published(id, 1, "<p>正文</p>", null);
        wechat.stubFor(post(urlPathEqualTo("/cgi-bin/draft/batchget")).atPriority(TEST_STUB)
                .withQueryParam("access_token", equalTo("TOKEN-newsroom")).willReturn(okJson("""
                        {"total_count":1,"item_count":1,"item":[{"media_id":"MEDIA-ADDED-BEFORE-THE-CRASH",
                         "content":{"news_item":[{"content_source_url":"%s"}]}}]}""".formatted(rendered.webUrl()))));

        InterruptedDeliveries.diedDuring(database, "adding", NEWSROOM, rendered, null);

        JsonPath drafted = awaitState(id, NEWSROOM, "drafted");

        assertEquals("MEDIA-ADDED-BEFORE-THE-CRASH", drafted.getString(newsroom("mediaId")));
        wechat.verify(0, postRequestedFor(urlPathEqualTo(DRAFT_ADD)).withRequestBody(containing(id)));
    }

    @Test
    void killAfterACrashBetweenDraftAddAndItsCommitDeletesTheDraftAdded() {
        String id = newArticleId("crash-kill");
        ArticleRendered killed = RenderedTopic.unpublished(id, 1);
        wechat.stubFor(post(urlPathEqualTo("/cgi-bin/draft/batchget")).atPriority(TEST_STUB)
                .withQueryParam("access_token", equalTo("TOKEN-newsroom")).willReturn(okJson("""
                        {"total_count":1,"item_count":1,"item":[{"media_id":"MEDIA-ADDED-BEFORE-THE-CRASH-%s",
                         "content":{"news_item":[{"content_source_url":"%s"}]}}]}""".formatted(id, killed.webUrl()))));

        InterruptedDeliveries.diedDuring(database, "adding", NEWSROOM, killed, null);

        JsonPath deleted = awaitState(id, NEWSROOM, "deleted");

        assertThat(deleted.get(newsroom("mediaId")), nullValue());
        wechat.verify(1, postRequestedFor(urlPathEqualTo("/cgi-bin/draft/delete"))
                .withRequestBody(containing("MEDIA-ADDED-BEFORE-THE-CRASH-" + id)));
    }

    @Test
    void everyOperatorEndpointNeedsAnOperatorKey() {
        assertThat(OperatorEndpoints.assertEveryOneNeedsAnOperatorKey("/wechat/accounts", "/wechat/articles/{id}/retry")
                .stream().map(Object::toString).toList(),
                containsInAnyOrder("GET /wechat/accounts", "POST /wechat/accounts/{name}/resume",
                        "POST /wechat/articles/{id}/retry"));
        given().post("/wechat/accounts/{name}/resume", "nobody").then().statusCode(401);
        TestOperator.asOperator().post("/wechat/accounts/{name}/resume", "nobody").then().statusCode(404)
                .body("type", containsString("account-not-found"));
    }
}
