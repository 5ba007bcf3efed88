package io.herald.wechat.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.herald.events.ArticleRendered;
import io.herald.service.tracing.testing.TestTraceparent;
import io.herald.wechat.RenderedTopic;
import io.herald.wechat.TestImages;
import io.herald.wechat.WechatServiceTest;
import io.herald.wechat.WireMockWechat;
import io.herald.wechat.pictures.ImageFitting;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@RealBrokerAndDatabase
@WithTestResource(WireMockWechat.class)
class DeliveryTest extends WechatServiceTest {

    private static final String DRAFT_ADD = "/cgi-bin/draft/add";

    @Test
    void renderedArticleBecomesADraftWithItsPicturesAndIsPublishedByThePublishAccount() {
        String id = newArticleId("draft");
        String body = picture(id + "-body.png");
        topic.announce(RenderedTopic.published(id, 1, "<p>正文</p>" + placeholder(body), picture(id + "-cover.jpg")));

        awaitState(id, NEWSROOM, "drafted");
        JsonPath published = awaitState(id, DAILY, "published");

        assertEquals("MEDIA|TOKEN-newsroom|https://news.example.test/web/articles/" + id,
                published.getString("accounts.find { it.account == 'newsroom' }.mediaId"));
        assertEquals("https://mp.weixin.qq.com/s/PUB|MEDIA|TOKEN-daily|https://news.example.test/web/articles/" + id,
                published.getString("accounts.find { it.account == 'daily' }.articleUrl"));
        List<LoggedRequest> adds = wechat.findAll(postRequestedFor(urlPathEqualTo(DRAFT_ADD))
                .withRequestBody(containing(id)));
        assertEquals(2, adds.size(), "one draft per account");
        for (LoggedRequest add : adds) {
            String sent = add.getBodyAsString();
            assertTrue(sent.contains("http://mmbiz.qpic.cn/mmbiz_png/herald-test/0"), sent);
            assertTrue(!sent.contains("data-herald-upload") && !sent.contains("待上传图片"), sent);
            assertTrue(sent.contains("\"thumb_media_id\":\"COVER-1\""), sent);
            assertTrue(!sent.contains("herald_thumb_url") && !sent.contains("publishable"), sent);
        }
        wechat.verify(2, getRequestedFor(urlPathEqualTo("/pictures/" + id + "-body.png")));
        wechat.verify(2, getRequestedFor(urlPathEqualTo("/pictures/" + id + "-cover.jpg")));
    }

    @Test
    void theWechatCallsOfADeliveryAreInTheTraceOfTheAnnouncement() {
        String id = newArticleId("traced");
        String render = TestTraceparent.newTrace();
        topic.announceInTrace(RenderedTopic.published(id, 1, "<p>正文</p>", picture(id + ".png")), render);

        awaitState(id, NEWSROOM, "drafted");
        awaitState(id, DAILY, "published");

        List<LoggedRequest> calls = new ArrayList<>(wechat.findAll(postRequestedFor(urlPathEqualTo(DRAFT_ADD))
                .withRequestBody(containing(id))));
        calls.addAll(wechat.findAll(postRequestedFor(urlPathEqualTo("/cgi-bin/freepublish/submit"))
                .withRequestBody(containing(id))));
        assertEquals(3, calls.size(), "a draft per account, and the publication of the daily's");
        for (LoggedRequest call : calls) {
            String traceparent = call.getHeader("traceparent");
            assertEquals(TestTraceparent.traceId(render), TestTraceparent.traceId(traceparent), call.getUrl());
            assertNotEquals(TestTraceparent.spanId(render), TestTraceparent.spanId(traceparent),
                    "from the call's own span");
        }
    }

    @Test
    void newerRevisionUpdatesTheDraftAndAKillDeletesDraftAndPublishedArticle() {
        String id = newArticleId("revise");
        topic.announce(RenderedTopic.published(id, 1, "<p>第一版</p>", picture(id + ".png")));
        awaitState(id, NEWSROOM, "drafted");
        awaitState(id, DAILY, "published");

        topic.announce(RenderedTopic.published(id, 2, "<p>第二版</p>", picture(id + ".png")));
        await().atMost(Duration.ofSeconds(30)).until(() -> !wechat.findAll(postRequestedFor(
                urlPathEqualTo("/cgi-bin/draft/update")).withRequestBody(containing("第二版"))).isEmpty());
        JsonPath revised = awaitState(id, NEWSROOM, "drafted");
        assertEquals(2, revised.getInt("accounts.find { it.account == 'newsroom' }.revision"));
        wechat.verify(1, postRequestedFor(urlPathEqualTo(DRAFT_ADD)).withRequestBody(containing(id))
                .withQueryParam("access_token", equalTo("TOKEN-newsroom")));
        wechat.verify(1, postRequestedFor(urlPathEqualTo("/cgi-bin/draft/update"))
                .withRequestBody(containing("MEDIA|TOKEN-newsroom|https://news.example.test/web/articles/" + id)));

        topic.announce(RenderedTopic.unpublished(id, 3));
        awaitState(id, NEWSROOM, "deleted");
        JsonPath killed = awaitState(id, DAILY, "deleted");

        assertNull(killed.get("accounts.find { it.account == 'newsroom' }.mediaId"));
        wechat.verify(1, postRequestedFor(urlPathEqualTo("/cgi-bin/draft/delete"))
                .withRequestBody(containing("MEDIA|TOKEN-newsroom|https://news.example.test/web/articles/" + id)));
        wechat.verify(1, postRequestedFor(urlPathEqualTo("/cgi-bin/freepublish/delete"))
                .withRequestBody(containing("ART|PUB|MEDIA|TOKEN-daily|https://news.example.test/web/articles/" + id)));
    }

    @Test
    void sameEventTwiceMakesOneDraft() {
        String id = newArticleId("twice");
        ArticleRendered event = RenderedTopic.published(id, 1, "<p>正文</p>", picture(id + ".png"));
        String eventId = topic.announce(event);
        topic.announce(eventId, event);
        topic.announce(RenderedTopic.published(id + "-after", 1, "<p>正文</p>", picture(id + ".png")));

        awaitState(id + "-after", NEWSROOM, "drafted");
        awaitState(id, NEWSROOM, "drafted");

        wechat.verify(1, postRequestedFor(urlPathEqualTo(DRAFT_ADD)).withRequestBody(containing(id + "\""))
                .withQueryParam("access_token", equalTo("TOKEN-newsroom")));
    }

    @Test
    void olderRevisionAfterANewerOneChangesNothing() {
        String id = newArticleId("older");
        topic.announce(RenderedTopic.published(id, 2, "<p>第二版</p>", null));
        topic.announce(RenderedTopic.published(id, 1, "<p>第一版</p>", null));
        topic.announce(RenderedTopic.published(id + "-after", 1, "<p>正文</p>", null));
        awaitState(id + "-after", NEWSROOM, "drafted");

        JsonPath drafted = awaitState(id, NEWSROOM, "drafted");

        assertEquals(2, drafted.getInt("accounts.find { it.account == 'newsroom' }.revision"));
        wechat.verify(0, postRequestedFor(urlPathEqualTo("/cgi-bin/draft/add")).withRequestBody(containing("第一版")));
        wechat.verify(0, postRequestedFor(urlPathEqualTo("/cgi-bin/draft/update")).withRequestBody(containing(id)));
    }

    @Test
    void textOnlyArticleGetsTheAccountsDefaultCover() {
        String id = newArticleId("text-only");
        byte[] defaultCover = TestImages.unique(64, 48, "jpg");
        servePicture(WireMockWechat.DEFAULT_COVER_PATH.substring("/pictures/".length()), defaultCover);
        wechat.stubFor(uploadOf("material/add_material", defaultCover).willReturn(okJson("{\"media_id\":\"COVER-DEFAULT-" + id + "\",\"url\":\"http://mmbiz.qpic.cn/x\"}")));
        topic.announce(RenderedTopic.published(id, 1, "<p>只有文字</p>", null));

        awaitState(id, NEWSROOM, "drafted");

        wechat.verify(1, uploads("material/add_material", NEWSROOM, defaultCover).withQueryParam("type",
                equalTo("image")));
        wechat.verify(postRequestedFor(urlPathEqualTo(DRAFT_ADD)).withRequestBody(containing(id))
                .withRequestBody(containing("\"thumb_media_id\":\"COVER-DEFAULT-" + id + "\"")));
    }

    @Test
    void pictureOverOneMegabyteIsUploadedUnderIt() {
        String id = newArticleId("large-picture");
        byte[] large = TestImages.unique(1600, 1200, "png");
        assertTrue(large.length > ImageFitting.MAX_BYTES);
        String address = servePicture(id + ".png", large);
        wechat.stubFor(post(urlPathEqualTo("/cgi-bin/media/uploadimg")).atPriority(TEST_STUB)
                .withQueryParam("access_token", equalTo("TOKEN-newsroom"))
                .willReturn(aResponse().withHeader("Content-Type", "text/plain")
                        .withBody("{\"url\":\"http://mmbiz.qpic.cn/mmbiz_jpg/" + id + "/0\"}")));
        topic.announce(RenderedTopic.published(id, 1, placeholder(address), picture("cover.png")));

        awaitState(id, NEWSROOM, "drafted");

        List<LoggedRequest> uploads = wechat.findAll(postRequestedFor(urlPathEqualTo("/cgi-bin/media/uploadimg"))
                .withQueryParam("access_token", equalTo("TOKEN-newsroom")).withRequestBody(containing("image/jpeg")));
        assertTrue(uploads.stream().allMatch(upload -> upload.getBody().length < ImageFitting.MAX_BYTES + 1024));
        assertTrue(!uploads.isEmpty());
        wechat.verify(postRequestedFor(urlPathEqualTo(DRAFT_ADD)).withRequestBody(containing(id))
                .withRequestBody(containing("mmbiz_jpg/" + id + "/0")));
    }

    @Test
    void notPublishableArticleIsNotSentAndSaysWhy() {
        String id = newArticleId("too-long");
        ArticleRendered fits = RenderedTopic.published(id, 1, "<p>正文</p>", null);
        ArticleRendered.WechatArticle tooLong = new ArticleRendered.WechatArticle(fits.wechat().title(), null, null,
                fits.wechat().content(), fits.wechat().contentSourceUrl(), null, 0, 0, null, 1, 1, false,
                List.of("title has 41 characters, WeChat allows 32"));
        topic.announce(new ArticleRendered(id, 1, ArticleRendered.Status.PUBLISHED, null, fits.webUrl(), tooLong,
                List.of(), fits.renderedAt()));

        JsonPath failed = awaitState(id, NEWSROOM, "failed");

        assertEquals("not publishable on WeChat: title has 41 characters, WeChat allows 32",
                failed.getString("accounts.find { it.account == 'newsroom' }.lastError"));
        wechat.verify(0, postRequestedFor(urlPathEqualTo(DRAFT_ADD)).withRequestBody(containing(id)));
    }

    @Test
    void embargoedArticleWaits() {
        String id = newArticleId("embargo");
        ArticleRendered published = RenderedTopic.published(id, 1, "<p>正文</p>", null);
        topic.announce(new ArticleRendered(id, 1, ArticleRendered.Status.EMBARGOED,
                published.renderedAt().plusSeconds(3600), published.webUrl(), null, List.of("embargoed"),
                published.renderedAt()));

        JsonPath waiting = await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> state(id),
                json -> json.get("accounts.find { it.account == 'newsroom' }.nextAttemptAt") == null);
        assertEquals("waiting", waiting.getString("accounts.find { it.account == 'newsroom' }.state"));
        assertEquals("embargoed", waiting.getString("accounts.find { it.account == 'newsroom' }.status"));
        wechat.verify(0, postRequestedFor(urlPathEqualTo(DRAFT_ADD)).withRequestBody(containing(id)));

        topic.announce(published);
        awaitState(id, NEWSROOM, "drafted");
    }

    @Test
    void unknownArticleIsA404Problem() {
        given().get("/wechat/articles/{id}", "never-announced").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", containsString("wechat-article-not-found"))
                .body("detail", containsString("never-announced"));
    }
}
