package io.herald.wechat.pictures;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.herald.wechat.RenderedTopic;
import io.herald.wechat.TestImages;
import io.herald.wechat.WechatServiceTest;
import io.herald.wechat.WireMockWechat;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@RealBrokerAndDatabase
@WithTestResource(WireMockWechat.class)
class PicturesUploadedOnceTest extends WechatServiceTest {

    private static final String UPLOADIMG = "media/uploadimg";
    private static final String ADD_MATERIAL = "material/add_material";
    /** More articles than delivery workers, each with the same pictures. */
    private static final int ARTICLES_AT_ONCE = 8;
    /** Uploads answered slowly, so that the workers carrying the same picture come to it while it is uploaded. */
    private static final int SLOW_UPLOAD_MILLIS = 300;

    @Test
    void aPictureIsUploadedToEachAccountOnceWhateverRevisionOrArticleCarriesIt() {
        String id = newArticleId("shared");
        String other = newArticleId("shared-other");
        SharedPictures pictures = sharedPictures(id, 0);

        topic.announce(RenderedTopic.published(id, 1, "<p>第一版</p>" + placeholder(pictures.bodyAddress()),
                pictures.coverAddress()));
        awaitState(id, NEWSROOM, "drafted");
        awaitState(id, DAILY, "published");
        topic.announce(RenderedTopic.published(id, 2, "<p>第二版</p>" + placeholder(pictures.bodyAddress()),
                pictures.coverAddress()));
        await().atMost(Duration.ofSeconds(30)).until(() -> !wechat.findAll(postRequestedFor(
                urlPathEqualTo("/cgi-bin/draft/update")).withRequestBody(containing("第二版"))).isEmpty());
        topic.announce(RenderedTopic.published(other, 1, "<p>另一篇</p>" + placeholder(pictures.bodyAddress()),
                pictures.coverAddress()));
        awaitState(other, NEWSROOM, "drafted");
        awaitState(other, DAILY, "published");

        assertUploadedOnceAndCarried(id, pictures, 4);
        wechat.verify(postRequestedFor(urlPathEqualTo("/cgi-bin/draft/update")).withRequestBody(containing("第二版"))
                .withRequestBody(containing("mmbiz_png/" + id + "/0"))
                .withRequestBody(containing("\"thumb_media_id\":\"COVER-" + id + "\"")));
    }

    @Test
    void aPictureThatArticlesDeliveredAtOnceShareIsUploadedToEachAccountOnce() {
        String batch = newArticleId("shared-at-once");
        SharedPictures pictures = sharedPictures(batch, SLOW_UPLOAD_MILLIS);

        for (int i = 0; i < ARTICLES_AT_ONCE; i++) {
            topic.announce(RenderedTopic.published(batch + "-" + i, 1, "<p>正文</p>"
                    + placeholder(pictures.bodyAddress()), pictures.coverAddress()));
        }
        for (int i = 0; i < ARTICLES_AT_ONCE; i++) {
            awaitState(batch + "-" + i, NEWSROOM, "drafted");
            awaitState(batch + "-" + i, DAILY, "published");
        }

        assertUploadedOnceAndCarried(batch, pictures, 2 * ARTICLES_AT_ONCE);
    }

    @Test
    void aChangedPictureAtTheSameAddressIsUploadedAnew() {
        String id = newArticleId("changed");
        byte[] before = TestImages.unique(64, 48, "png");
        byte[] after = TestImages.unique(64, 48, "png");
        String address = servePicture(id + ".png", before);
        topic.announce(RenderedTopic.published(id, 1, "<p>第一版</p>" + placeholder(address), null));
        awaitState(id, NEWSROOM, "drafted");

        servePicture(id + ".png", after);
        topic.announce(RenderedTopic.published(id, 2, "<p>第二版</p>" + placeholder(address), null));
        await().atMost(Duration.ofSeconds(30)).until(() -> !wechat.findAll(postRequestedFor(
                urlPathEqualTo("/cgi-bin/draft/update")).withQueryParam("access_token", equalTo("TOKEN-newsroom"))
                .withRequestBody(containing("第二版"))).isEmpty());

        wechat.verify(1, uploads(UPLOADIMG, NEWSROOM, before));
        wechat.verify(1, uploads(UPLOADIMG, NEWSROOM, after));
    }

    /** A body picture and a cover, each served at its address. */
    private record SharedPictures(byte[] body, byte[] cover, String bodyAddress, String coverAddress) {
    }

    /**
     * New pictures named after {@code name}, served, and uploaded as {@code mmbiz_png/<name>/0} and {@code
     * COVER-<name>}, WeChat answering each upload after {@code answerDelayMillis}.
     */
    private SharedPictures sharedPictures(String name, int answerDelayMillis) {
        byte[] body = TestImages.unique(64, 48, "png");
        byte[] cover = TestImages.unique(64, 48, "jpg");
        wechat.stubFor(uploadOf(UPLOADIMG, body).willReturn(aResponse().withHeader("Content-Type", "text/plain")
                .withBody("{\"url\":\"http://mmbiz.qpic.cn/mmbiz_png/" + name + "/0\"}")
                .withFixedDelay(answerDelayMillis)));
        wechat.stubFor(uploadOf(ADD_MATERIAL, cover).willReturn(okJson("{\"media_id\":\"COVER-" + name
                + "\",\"url\":\"http://mmbiz.qpic.cn/x\"}").withFixedDelay(answerDelayMillis)));
        return new SharedPictures(body, cover, servePicture(name + "-body.png", body),
                servePicture(name + "-cover.jpg", cover));
    }

    /** Each picture was uploaded once to each account, and {@code drafts} draft/adds carry both. */
    private void assertUploadedOnceAndCarried(String name, SharedPictures pictures, int drafts) {
        for (String account : new String[] {NEWSROOM, DAILY}) {
            wechat.verify(1, uploads(UPLOADIMG, account, pictures.body()));
            wechat.verify(1, uploads(ADD_MATERIAL, account, pictures.cover()));
        }
        assertEquals(drafts, wechat.findAll(postRequestedFor(urlPathEqualTo("/cgi-bin/draft/add"))
                .withRequestBody(containing("mmbiz_png/" + name + "/0"))
                .withRequestBody(containing("\"thumb_media_id\":\"COVER-" + name + "\""))).size(),
                "every draft carries the pictures uploaded once");
    }
}
