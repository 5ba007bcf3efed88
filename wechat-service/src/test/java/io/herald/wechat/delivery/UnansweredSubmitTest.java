package io.herald.wechat.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.herald.events.ArticleRendered;
import io.herald.service.operator.testing.TestOperator;
import io.herald.wechat.InterruptedDeliveries;
import io.herald.wechat.RenderedTopic;
import io.herald.wechat.WechatServiceTest;
import io.herald.wechat.WireMockWechat;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A {@code freepublish/submit} whose answer was never stored is looked up among the account's published articles,
 * never submitted twice (the test profile waits 1 s before deciding that a submit not listed was not published).
 */
@QuarkusTest
@RealBrokerAndDatabase
@WithTestResource(WireMockWechat.class)
class UnansweredSubmitTest extends WechatServiceTest {

    private static final String SUBMIT = "/cgi-bin/freepublish/submit";

    @Inject
    EntityManager database;

    @Test
    void crashAfterWechatAcceptedTheSubmitFindsThePublicationAndSubmitsNothing() {
        String id = newArticleId("submitted");
        ArticleRendered rendered = RenderedTopic.published(id, 1, "<p>正文</p>", null);
        wechat.stubFor(dailyPublications().willReturn(okJson(listing(rendered.webUrl(), id))));

        InterruptedDeliveries.diedDuring(database, "submitting", DAILY, rendered, "MEDIA-SUBMITTED-" + id);

        assertPublishedAsListedAfterSubmits(id, 0);
    }

    @Test
    void submitWithoutAnAnswerIsLookedUpAndNotSentAgain() {
        String id = newArticleId("no-answer");
        String scenario = "no-answer-" + id;
        wechat.stubFor(post(urlPathEqualTo(SUBMIT)).atPriority(TEST_STUB).withRequestBody(containing(id))
                .inScenario(scenario).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("accepted"));
        ArticleRendered rendered = RenderedTopic.published(id, 1, "<p>正文</p>", null);
        wechat.stubFor(dailyPublications().inScenario(scenario).whenScenarioStateIs("accepted")
                .willReturn(okJson(listing(rendered.webUrl(), id))));

        topic.announce(rendered);

        assertPublishedAsListedAfterSubmits(id, 1);
    }

    @Test
    void submitThatWechatNeverGotIsSubmittedOnceAfterTheWait() {
        String id = newArticleId("not-submitted");
        ArticleRendered rendered = RenderedTopic.published(id, 1, "<p>正文</p>", null);

        InterruptedDeliveries.diedDuring(database, "submitting", DAILY, rendered, "MEDIA-NOT-SUBMITTED-" + id);

        JsonPath published = awaitState(id, DAILY, "published");
        assertEquals("https://mp.weixin.qq.com/s/PUB|MEDIA-NOT-SUBMITTED-" + id, published.getString(
                daily("articleUrl")));
        wechat.verify(1, postRequestedFor(urlPathEqualTo(SUBMIT)).withRequestBody(containing(id)));
        wechat.verify(postRequestedFor(urlPathEqualTo("/cgi-bin/draft/get"))
                .withRequestBody(containing("MEDIA-NOT-SUBMITTED-" + id)));
    }

    @Test
    void draftGoneWithoutAPublicationIsNotSubmittedAgainUntilAnOperatorRetries() {
        String id = newArticleId("draft-gone");
        ArticleRendered rendered = RenderedTopic.published(id, 1, "<p>正文</p>", null);
        wechat.stubFor(post(urlPathEqualTo("/cgi-bin/draft/get")).atPriority(TEST_STUB)
                .withRequestBody(containing(id)).willReturn(okJson(INVALID_MEDIA_ID)));

        InterruptedDeliveries.diedDuring(database, "submitting", DAILY, rendered, "MEDIA-GONE-" + id);

        JsonPath failed = awaitState(id, DAILY, "failed");
        assertThat(failed.getString(daily("lastError")), containsString("not submitted again"));
        wechat.verify(0, postRequestedFor(urlPathEqualTo(SUBMIT)).withRequestBody(containing(id)));

        TestOperator.asOperator().post("/wechat/articles/{id}/retry", id).then().statusCode(200);
        awaitState(id, DAILY, "published");
        wechat.verify(1, postRequestedFor(urlPathEqualTo("/cgi-bin/draft/add")).withRequestBody(containing(id)));
        wechat.verify(1, postRequestedFor(urlPathEqualTo(SUBMIT)).withRequestBody(containing(id)));
    }

    @Test
    void killWhileASubmitIsUnansweredDeletesThePublicationItMade() {
        String id = newArticleId("kill-unanswered");
        ArticleRendered rendered = RenderedTopic.published(id, 1, "<p>正文</p>", null);
        wechat.stubFor(dailyPublications().willReturn(okJson(listing(rendered.webUrl(), id))));

        InterruptedDeliveries.diedDuring(database, "submitting", DAILY, RenderedTopic.unpublished(id, 1),
                "MEDIA-KILLED-" + id);

        awaitState(id, DAILY, "deleted");
        wechat.verify(1, postRequestedFor(urlPathEqualTo("/cgi-bin/freepublish/delete"))
                .withRequestBody(containing("ART-LIVE-" + id)));
        wechat.verify(0, postRequestedFor(urlPathEqualTo("/cgi-bin/draft/delete")).withRequestBody(containing(id)));
    }

    /** The article is published at the address the listing gives, after this many submits of it. */
    private void assertPublishedAsListedAfterSubmits(String id, int submits) {
        JsonPath published = awaitState(id, DAILY, "published");
        assertEquals("https://mp.weixin.qq.com/s/live-" + id, published.getString(daily("articleUrl")));
        wechat.verify(submits, postRequestedFor(urlPathEqualTo(SUBMIT)).withRequestBody(containing(id)));
    }

    /** freepublish/batchget of the publish account. */
    private static MappingBuilder dailyPublications() {
        return post(urlPathEqualTo("/cgi-bin/freepublish/batchget")).atPriority(TEST_STUB)
                .withQueryParam("access_token", equalTo("TOKEN-daily"));
    }

    /** The account's published articles: an earlier publication of the article, deleted; another's; the live one. */
    private static String listing(String contentSourceUrl, String id) {
        return """
                {"total_count":3,"item_count":3,"item":[
                 {"article_id":"ART-DELETED-%2$s","update_time":1,"content":{"news_item":[
                   {"content_source_url":"%1$s","url":"https://mp.weixin.qq.com/s/deleted-%2$s","is_deleted":true}]}},
                 {"article_id":"ART-OTHER","update_time":2,"content":{"news_item":[
                   {"content_source_url":"https://news.example.test/web/articles/other","url":"x","is_deleted":false}]}},
                 {"article_id":"ART-LIVE-%2$s","update_time":3,"content":{"news_item":[
                   {"content_source_url":"%1$s","url":"https://mp.weixin.qq.com/s/live-%2$s","is_deleted":false}]}}
                ]}""".formatted(contentSourceUrl, id);
    }

    private static String daily(String field) {
        return "accounts.find { it.account == 'daily' }." + field;
    }
}
