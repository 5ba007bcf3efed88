package io.herald.wechat;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;

import io.restassured.path.json.JsonPath;

/**
 * What the service's {@code @QuarkusTest}s share: WireMock as WeChat (every call succeeds unless a test stubs
 * otherwise, with a higher priority), a producer of articles.rendered, and reading an article's state. Subclasses
 * carry {@code @QuarkusTest}, {@code @RealBrokerAndDatabase} and {@code @WithTestResource(WireMockWechat.class)}.
 */
public abstract class WechatServiceTest {

    /** The draft policy account and the publish policy account of the test profile. */
    protected static final String NEWSROOM = "newsroom";
    protected static final String DAILY = "daily";
    /** WeChat's answer for a draft or material it does not have. */
    protected static final String INVALID_MEDIA_ID = "{\"errcode\":40007,\"errmsg\":\"invalid media_id\"}";
    /** The stubs of a test win over the defaults of this class. */
    protected static final int TEST_STUB = 1;
    private static final int DEFAULT_STUB = 10;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    protected String bootstrapServers;

    protected WireMockServer wechat;
    protected RenderedTopic topic;

    @BeforeEach
    void stubWechat() {
        wechat.resetAll();
        token("wx-test-app", NEWSROOM);
        token("wx-test-daily", DAILY);
        wechat.stubFor(get(urlPathMatching("/pictures/.*")).atPriority(DEFAULT_STUB)
                .willReturn(aResponse().withHeader("Content-Type", "image/png").withBody(TestImages.noise(64, 48, "png"))));
        wechat.stubFor(post(urlPathEqualTo("/cgi-bin/media/uploadimg")).atPriority(DEFAULT_STUB)
                .willReturn(aResponse().withHeader("Content-Type", "text/plain")
                        .withBody("{\"url\":\"http://mmbiz.qpic.cn/mmbiz_png/herald-test/0\"}")));
        wechat.stubFor(post(urlPathEqualTo("/cgi-bin/material/add_material")).atPriority(DEFAULT_STUB)
                .willReturn(okJson("{\"media_id\":\"COVER-1\",\"url\":\"http://mmbiz.qpic.cn/cover/0\"}")));
        wechat.stubFor(post(urlPathEqualTo("/cgi-bin/draft/add")).atPriority(DEFAULT_STUB).willReturn(draftAdded()));
        wechat.stubFor(post(urlPathMatching("/cgi-bin/(draft/update|draft/delete|freepublish/delete)"))
                .atPriority(DEFAULT_STUB).willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\"}")));
        wechat.stubFor(post(urlPathMatching("/cgi-bin/(draft|freepublish)/batchget")).atPriority(DEFAULT_STUB)
                .willReturn(okJson("{\"total_count\":0,\"item_count\":0,\"item\":[]}")));
        wechat.stubFor(post(urlPathEqualTo("/cgi-bin/draft/get")).atPriority(DEFAULT_STUB)
                .willReturn(okJson("{\"news_item\":[{\"title\":\"标题\"}]}")));
        wechat.stubFor(post(urlPathEqualTo("/cgi-bin/freepublish/submit")).atPriority(DEFAULT_STUB).willReturn(okJson(
                "{\"errcode\":0,\"errmsg\":\"ok\",\"publish_id\":\"PUB|{{jsonPath request.body '$.media_id'}}\"}")
                .withTransformers("response-template")));
        wechat.stubFor(post(urlPathEqualTo("/cgi-bin/freepublish/get")).atPriority(DEFAULT_STUB).willReturn(okJson("""
                {"publish_id":"{{jsonPath request.body '$.publish_id'}}","publish_status":0,
                 "article_id":"ART|{{jsonPath request.body '$.publish_id'}}",
                 "article_detail":{"count":1,"item":[{"idx":1,
                   "article_url":"https://mp.weixin.qq.com/s/{{jsonPath request.body '$.publish_id'}}"}]},
                 "fail_idx":[]}""").withTransformers("response-template")));
        wechat.stubFor(any(urlPathMatching("/cgi-bin/.*")).atPriority(DEFAULT_STUB + 1)
                .willReturn(okJson("{\"errcode\":40066,\"errmsg\":\"invalid url (not stubbed)\"}")));
        topic = new RenderedTopic(bootstrapServers);
    }

    @AfterEach
    void closeTopic() {
        topic.close();
    }

    private void token(String appId, String account) {
        wechat.stubFor(post(urlPathEqualTo("/cgi-bin/stable_token")).atPriority(DEFAULT_STUB)
                .withRequestBody(matchingJsonPath("$.appid", equalTo(appId)))
                .willReturn(okJson("{\"access_token\":\"TOKEN-" + account + "\",\"expires_in\":7200}")));
    }

    /** WeChat's answer to {@code draft/add}: a media id made of the access token and the article's source URL. */
    protected static ResponseDefinitionBuilder draftAdded() {
        return okJson("{\"media_id\":\"MEDIA|{{request.query.access_token}}|"
                + "{{jsonPath request.body '$.articles[0].content_source_url'}}\"}").withTransformers("response-template");
    }

    /** A new article id. */
    protected static String newArticleId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The address at which WireMock serves a picture. */
    protected String picture(String name) {
        return wechat.baseUrl() + "/pictures/" + name;
    }

    /** Serves {@code bytes} as the picture {@code name}; returns its address. */
    protected String servePicture(String name, byte[] bytes) {
        wechat.stubFor(get(urlPathEqualTo("/pictures/" + name)).atPriority(TEST_STUB)
                .willReturn(aResponse().withHeader("Content-Type", "image/png").withBody(bytes)));
        return picture(name);
    }

    /** A stub of {@code media/uploadimg} or {@code material/add_material} for uploads of these bytes. */
    protected static MappingBuilder uploadOf(String api, byte[] bytes) {
        return post(urlPathEqualTo("/cgi-bin/" + api)).atPriority(TEST_STUB)
                .withMultipartRequestBody(aMultipart("media").withBody(binaryEqualTo(bytes)));
    }

    /** The uploads of these bytes to the account with {@code media/uploadimg} or {@code material/add_material}. */
    protected static RequestPatternBuilder uploads(String api, String account, byte[] bytes) {
        return postRequestedFor(urlPathEqualTo("/cgi-bin/" + api)).withQueryParam("access_token",
                equalTo("TOKEN-" + account)).withRequestBodyPart(aMultipart("media").withBody(binaryEqualTo(bytes))
                .build());
    }

    /** Render's upload placeholder for a picture at {@code address}. */
    protected static String placeholder(String address) {
        return "<p style=\"margin:0 0 8px;border:1px dashed #bbbbbb;\" data-herald-upload=\"" + address
                + "\">待上传图片：" + address + "</p>";
    }

    /** The article's state on WeChat (GET /wechat/articles/{id}), once it exists. */
    protected static JsonPath state(String articleId) {
        return given().get("/wechat/articles/{id}", articleId).then().statusCode(200).extract().jsonPath();
    }

    /** Waits until the article's state on the account is {@code expected}; returns the article's state then. */
    protected static JsonPath awaitState(String articleId, String account, String expected) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(
                () -> given().get("/wechat/articles/{id}", articleId).then().extract().jsonPath(),
                json -> expected.equals(json.getString("accounts.find { it.account == '" + account + "' }.state")));
    }
}
