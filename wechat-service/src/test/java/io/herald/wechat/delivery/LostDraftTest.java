package io.herald.wechat.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.herald.wechat.RenderedTopic;
import io.herald.wechat.TestImages;
import io.herald.wechat.WechatServiceTest;
import io.herald.wechat.WireMockWechat;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Drafts and covers that WeChat no longer has: deleted in its backend, published there, or forgotten. */
@QuarkusTest
@RealBrokerAndDatabase
@WithTestResource(WireMockWechat.class)
class LostDraftTest extends WechatServiceTest {

    @Test
    void aNewerRevisionOfADraftDeletedInWechatGoesIntoANewDraft() {
        String id = draftedArticle("deleted-draft");
        wechat.stubFor(newsroom("draft/update", id).willReturn(okJson(INVALID_MEDIA_ID)));
        wechat.stubFor(newsroom("draft/get", id).willReturn(okJson(INVALID_MEDIA_ID)));
        wechat.stubFor(newsroom("draft/add", "第二版").willReturn(okJson("{\"media_id\":\"MEDIA-NEW-" + id + "\"}")));

        topic.announce(RenderedTopic.published(id, 2, "<p>第二版</p>", null));

        JsonPath drafted = await().atMost(Duration.ofSeconds(30)).until(() -> awaitState(id, NEWSROOM, "drafted"),
                json -> ("MEDIA-NEW-" + id).equals(json.getString(newsroomField("mediaId"))));
        assertEquals(2, drafted.getInt(newsroomField("revision")));
        assertEquals(0, drafted.getInt(newsroomField("attempts")));
        wechat.verify(2, postRequestedFor(urlPathEqualTo("/cgi-bin/draft/add")).withRequestBody(containing(id))
                .withQueryParam("access_token", equalTo("TOKEN-newsroom")));
    }

    @Test
    void aCoverDeletedFromTheAccountsMaterialsIsUploadedAgain() {
        String id = newArticleId("deleted-cover");
        byte[] cover = TestImages.unique(64, 48, "jpg");
        String coverAddress = servePicture(id + "-cover.jpg", cover);
        topic.announce(RenderedTopic.published(id, 1, "<p>第一版</p>", coverAddress));
        awaitState(id, NEWSROOM, "drafted");
        wechat.stubFor(newsroom("draft/update", id).inScenario(id).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(INVALID_MEDIA_ID)).willSetStateTo("cover uploaded again"));

        topic.announce(RenderedTopic.published(id, 2, "<p>第二版</p>", coverAddress));

        JsonPath drafted = await().atMost(Duration.ofSeconds(30)).until(() -> awaitState(id, NEWSROOM, "drafted"),
                json -> json.getInt(newsroomField("attempts")) == 1 && json.get(newsroomField("lastError")) == null);
        assertEquals(2, drafted.getInt(newsroomField("revision")));
        wechat.verify(2, uploads("material/add_material", NEWSROOM, cover));
        wechat.verify(2, postRequestedFor(urlPathEqualTo("/cgi-bin/draft/update")).withRequestBody(containing(id))
                .withQueryParam("access_token", equalTo("TOKEN-newsroom")));
        wechat.verify(1, postRequestedFor(urlPathEqualTo("/cgi-bin/draft/add")).withRequestBody(containing(id))
                .withQueryParam("access_token", equalTo("TOKEN-newsroom")));
    }

    @Test
    void aKillOfADraftAlreadyDeletedInWechatIsDone() {
        String id = draftedArticle("kill-deleted");
        wechat.stubFor(newsroom("draft/delete", id).willReturn(okJson(INVALID_MEDIA_ID)));

        topic.announce(RenderedTopic.unpublished(id, 2));

        JsonPath deleted = awaitState(id, NEWSROOM, "deleted");
        assertEquals(0, deleted.getInt(newsroomField("attempts")));
        wechat.verify(1, postRequestedFor(urlPathEqualTo("/cgi-bin/draft/delete")).withRequestBody(containing(id)));
    }

    /** A new article, once its revision 1 ("第一版", no picture) is the newsroom account's draft. */
    private String draftedArticle(String prefix) {
        String id = newArticleId(prefix);
        topic.announce(RenderedTopic.published(id, 1, "<p>第一版</p>", null));
        awaitState(id, NEWSROOM, "drafted");
        return id;
    }

    /** A call of the newsroom account whose body names {@code text}. */
    private static MappingBuilder newsroom(String api, String text) {
        return post(urlPathEqualTo("/cgi-bin/" + api)).atPriority(TEST_STUB)
                .withQueryParam("access_token", equalTo("TOKEN-newsroom")).withRequestBody(containing(text));
    }

    private static String newsroomField(String field) {
        return "accounts.find { it.account == 'newsroom' }." + field;
    }
}
