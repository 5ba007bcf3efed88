package io.herald.wechat.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

import io.herald.service.tracing.Traces;
import io.herald.wechat.TestWechatConfig;
import io.herald.wechat.config.WechatConfig;
import io.opentelemetry.api.OpenTelemetry;

class WechatApiTest {

    private static final String DRAFT_ADD = "/cgi-bin/draft/add";
    private static final String TOKEN = "/cgi-bin/stable_token";
    private static final Map<String, Object> ARTICLE = Map.of("title", "标题", "content", "<p>正文</p>");
    /** A stale token's failure answered slowly, so that both calls hold the stale token when the first forces one. */
    private static final int SLOW_ANSWER_MILLIS = 300;

    private WireMockServer wechat;
    private WechatApi api;

    @BeforeEach
    void start() {
        wechat = new WireMockServer(wireMockConfig().dynamicPort());
        wechat.start();
        WechatConfig config = TestWechatConfig.pointingAt(wechat.baseUrl(), Map.of());
        WechatHttp http = new WechatHttp(new ObjectMapper(), config, new Traces(OpenTelemetry.noop().getTracer("test")));
        api = new WechatApi(http, new AccessTokens(http, config));
    }

    @AfterEach
    void stop() {
        wechat.stop();
    }

    private void token(String value) {
        wechat.stubFor(post(urlPathEqualTo(TOKEN)).withRequestBody(matchingJsonPath("$.force_refresh", equalTo("false")))
                .willReturn(okJson("{\"access_token\":\"" + value + "\",\"expires_in\":7200}")));
    }

    @Test
    void errcodeWithHttp200IsAnError() {
        token("T1");
        wechat.stubFor(post(urlPathEqualTo(DRAFT_ADD))
                .willReturn(okJson("{\"errcode\":45002,\"errmsg\":\"content size out of limit\"}")));

        WechatException error = assertThrows(WechatException.class, () -> api.addDraft("newsroom", ARTICLE));

        assertEquals(45002, error.errcode());
    }

    @Test
    void tokenIsAskedForOnceAndSentWithEachCall() {
        token("T1");
        wechat.stubFor(post(urlPathEqualTo(DRAFT_ADD)).willReturn(okJson("{\"media_id\":\"M1\"}")));

        assertEquals("M1", api.addDraft("newsroom", ARTICLE));
        assertEquals("M1", api.addDraft("newsroom", ARTICLE));

        wechat.verify(1, postRequestedFor(urlPathEqualTo(TOKEN))
                .withRequestBody(matchingJsonPath("$.appid", equalTo("wx-test-app")))
                .withRequestBody(matchingJsonPath("$.grant_type", equalTo("client_credential"))));
        wechat.verify(2, postRequestedFor(urlPathEqualTo(DRAFT_ADD)).withQueryParam("access_token", equalTo("T1")));
    }

    @Test
    void expiredTokenMidFlowIsRenewedAndTheCallMadeAgain() {
        wechat.stubFor(post(urlPathEqualTo(TOKEN)).inScenario("token").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"access_token\":\"OLD\",\"expires_in\":7200}")).willSetStateTo("renewed"));
        wechat.stubFor(post(urlPathEqualTo(TOKEN)).inScenario("token").whenScenarioStateIs("renewed")
                .willReturn(okJson("{\"access_token\":\"NEW\",\"expires_in\":7200}")));
        wechat.stubFor(post(urlPathEqualTo(DRAFT_ADD)).withQueryParam("access_token", equalTo("OLD"))
                .willReturn(okJson("{\"errcode\":42001,\"errmsg\":\"access_token expired\"}")));
        wechat.stubFor(post(urlPathEqualTo(DRAFT_ADD)).withQueryParam("access_token", equalTo("NEW"))
                .willReturn(okJson("{\"media_id\":\"M2\"}")));

        assertEquals("M2", api.addDraft("newsroom", ARTICLE));

        wechat.verify(2, postRequestedFor(urlPathEqualTo(TOKEN))
                .withRequestBody(matchingJsonPath("$.force_refresh", equalTo("false"))));
        wechat.verify(0, postRequestedFor(urlPathEqualTo(TOKEN))
                .withRequestBody(matchingJsonPath("$.force_refresh", equalTo("true"))));
    }

    @Test
    void forceRefreshOnlyWhenTheFreshTokenFailsToo() {
        token("STALE");
        wechat.stubFor(post(urlPathEqualTo(TOKEN)).withRequestBody(matchingJsonPath("$.force_refresh", equalTo("true")))
                .willReturn(okJson("{\"access_token\":\"FORCED\",\"expires_in\":7200}")));
        wechat.stubFor(post(urlPathEqualTo(DRAFT_ADD)).withQueryParam("access_token", equalTo("STALE"))
                .willReturn(okJson("{\"errcode\":40001,\"errmsg\":\"invalid credential\"}")));
        wechat.stubFor(post(urlPathEqualTo(DRAFT_ADD)).withQueryParam("access_token", equalTo("FORCED"))
                .willReturn(okJson("{\"media_id\":\"M3\"}")));

        assertEquals("M3", api.addDraft("newsroom", ARTICLE));

        wechat.verify(1, postRequestedFor(urlPathEqualTo(TOKEN))
                .withRequestBody(matchingJsonPath("$.force_refresh", equalTo("true"))));
    }

    @Test
    void callsWhoseFreshTokenFailsAtOnceForceOneRefresh() throws Exception {
        token("STALE");
        wechat.stubFor(post(urlPathEqualTo(TOKEN)).withRequestBody(matchingJsonPath("$.force_refresh", equalTo("true")))
                .willReturn(okJson("{\"access_token\":\"FORCED\",\"expires_in\":7200}")));
        wechat.stubFor(post(urlPathEqualTo(DRAFT_ADD)).withQueryParam("access_token", equalTo("STALE"))
                .willReturn(okJson("{\"errcode\":40001,\"errmsg\":\"invalid credential\"}")
                        .withFixedDelay(SLOW_ANSWER_MILLIS)));
        wechat.stubFor(post(urlPathEqualTo(DRAFT_ADD)).withQueryParam("access_token", equalTo("FORCED"))
                .willReturn(okJson("{\"media_id\":\"M4\"}")));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService workers = Executors.newFixedThreadPool(2);
        try {
            Future<String> first = workers.submit(() -> {
                start.await();
                return api.addDraft("newsroom", ARTICLE);
            });
            Future<String> second = workers.submit(() -> {
                start.await();
                return api.addDraft("newsroom", ARTICLE);
            });
            start.countDown();

            assertEquals("M4", first.get());
            assertEquals("M4", second.get());
        } finally {
            workers.shutdownNow();
        }
        wechat.verify(1, postRequestedFor(urlPathEqualTo(TOKEN))
                .withRequestBody(matchingJsonPath("$.force_refresh", equalTo("true"))));
    }

    @Test
    void uploadimgAnswerInTextPlainIsRead() {
        token("T1");
        wechat.stubFor(post(urlPathEqualTo("/cgi-bin/media/uploadimg")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/plain")
                .withBody("{\"url\":\"http://mmbiz.qpic.cn/mmbiz_jpg/abc/0\"}")));

        String url = api.uploadImage("newsroom", new Picture("p.jpg", "image/jpeg", new byte[] { 1, 2, 3 }));

        assertEquals("http://mmbiz.qpic.cn/mmbiz_jpg/abc/0", url);
        wechat.verify(postRequestedFor(urlPathEqualTo("/cgi-bin/media/uploadimg"))
                .withHeader("Content-Type", com.github.tomakehurst.wiremock.client.WireMock.containing("multipart/form-data")));
    }

    @Test
    void answerWithoutJsonIsNoAnswer() {
        token("T1");
        wechat.stubFor(post(urlPathEqualTo(DRAFT_ADD)).willReturn(aResponse().withStatus(502).withBody("<html>bad gateway</html>")));

        WechatException error = assertThrows(WechatException.class, () -> api.addDraft("newsroom", ARTICLE));

        assertEquals(WechatException.NO_ANSWER, error.errcode());
        assertEquals(ErrorPolicy.Outcome.RETRY_WITH_BACKOFF, ErrorPolicy.of(error.errcode()));
    }

    @Test
    void interruptedAddIsFoundAmongTheDraftsByItsSourceUrl() {
        token("T1");
        wechat.stubFor(post(urlPathEqualTo("/cgi-bin/draft/batchget")).willReturn(okJson("""
                {"total_count":2,"item_count":2,"item":[
                 {"media_id":"OTHER","content":{"news_item":[{"content_source_url":"https://news.example.test/a/1"}]}},
                 {"media_id":"MINE","content":{"news_item":[{"content_source_url":"https://news.example.test/a/2"}]}}]}
                """)));

        assertEquals("MINE", api.findDraft("newsroom", "https://news.example.test/a/2").orElseThrow());
        assertEquals(java.util.Optional.empty(), api.findDraft("newsroom", "https://news.example.test/a/3"));
    }

    @Test
    void unansweredSubmitIsFoundAmongThePublicationsPageByPageSkippingDeletedOnes() {
        token("T1");
        wechat.stubFor(post(urlPathEqualTo("/cgi-bin/freepublish/batchget"))
                .withRequestBody(matchingJsonPath("$.offset", equalTo("0"))).willReturn(okJson("""
                {"total_count":3,"item_count":2,"item":[
                 {"article_id":"OTHER","content":{"news_item":[{"content_source_url":"https://news.example.test/a/1",
                   "url":"https://mp.weixin.qq.com/s/other","is_deleted":false}]}},
                 {"article_id":"DELETED","content":{"news_item":[{"content_source_url":"https://news.example.test/a/2",
                   "url":"https://mp.weixin.qq.com/s/deleted","is_deleted":true}]}}]}
                """)));
        wechat.stubFor(post(urlPathEqualTo("/cgi-bin/freepublish/batchget"))
                .withRequestBody(matchingJsonPath("$.offset", equalTo("2"))).willReturn(okJson("""
                {"total_count":3,"item_count":1,"item":[
                 {"article_id":"MINE","content":{"news_item":[{"content_source_url":"https://news.example.test/a/2",
                   "url":"https://mp.weixin.qq.com/s/mine","is_deleted":false}]}}]}
                """)));

        assertEquals(new PublishedArticle("MINE", "https://mp.weixin.qq.com/s/mine"),
                api.findPublication("newsroom", "https://news.example.test/a/2").orElseThrow());
        assertEquals(java.util.Optional.empty(), api.findPublication("newsroom", "https://news.example.test/a/3"));
    }

    @Test
    void aDraftWechatDoesNotHaveIsNoDraftAndOtherErrorsStayErrors() {
        token("T1");
        wechat.stubFor(post(urlPathEqualTo("/cgi-bin/draft/get")).withRequestBody(matchingJsonPath("$.media_id",
                equalTo("KEPT"))).willReturn(okJson("{\"news_item\":[{\"title\":\"标题\"}]}")));
        wechat.stubFor(post(urlPathEqualTo("/cgi-bin/draft/get")).withRequestBody(matchingJsonPath("$.media_id",
                equalTo("GONE"))).willReturn(okJson("{\"errcode\":40007,\"errmsg\":\"invalid media_id\"}")));
        wechat.stubFor(post(urlPathEqualTo("/cgi-bin/draft/get")).withRequestBody(matchingJsonPath("$.media_id",
                equalTo("BUSY"))).willReturn(okJson("{\"errcode\":-1,\"errmsg\":\"system error\"}")));

        assertEquals(true, api.draftExists("newsroom", "KEPT"));
        assertEquals(false, api.draftExists("newsroom", "GONE"));
        assertThrows(WechatException.class, () -> api.draftExists("newsroom", "BUSY"));
    }
}
