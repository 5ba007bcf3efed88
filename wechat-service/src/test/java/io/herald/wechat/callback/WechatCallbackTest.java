package io.herald.wechat.callback;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.herald.events.ArticleRendered;
import io.herald.events.EventJson;
import io.herald.wechat.RenderedTopic;
import io.herald.wechat.WechatServiceTest;
import io.herald.wechat.WireMockWechat;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@RealBrokerAndDatabase
@WithTestResource(WireMockWechat.class)
class WechatCallbackTest extends WechatServiceTest {

    private static final String TIMESTAMP = "1700000000";
    private static final String NONCE = "nonce1";
    /** SHA-1 of "1700000000nonce1test-callback-token": the test profile's callback token of account daily. */
    private static final String SIGNATURE = "853262a3d8625d9e3f9ce6cf3ed94deb466636b8";

    @Inject
    EntityManager database;

    private static String publishJobFinish(String publishId) {
        return """
                <xml><ToUserName><![CDATA[gh_test]]></ToUserName><FromUserName><![CDATA[o_test]]></FromUserName>
                <CreateTime>1700000000</CreateTime><MsgType><![CDATA[event]]></MsgType>
                <Event><![CDATA[PUBLISHJOBFINISH]]></Event>
                <PublishEventInfo><publish_id>%s</publish_id><publish_status>0</publish_status></PublishEventInfo>
                </xml>""".formatted(publishId);
    }

    @Test
    void signedCheckOfTheAddressIsAnsweredWithItsEchostr() {
        given().queryParam("signature", SIGNATURE).queryParam("timestamp", TIMESTAMP).queryParam("nonce", NONCE)
                .queryParam("echostr", "echo-123").get("/wechat/callback/daily")
                .then().statusCode(200).body(equalTo("echo-123"));
    }

    @Test
    void publishJobFinishMakesThePublicationBeAskedForAtOnce() {
        String id = newArticleId("callback");
        ArticleRendered rendered = RenderedTopic.published(id, 1, "<p>正文</p>", null);
        String publishId = "PUB-" + id;
        // a publication submitted earlier, whose next freepublish/get lies a day ahead
        QuarkusTransaction.requiringNew().run(() -> database.createNativeQuery("""
                insert into delivery (article_id, account, revision, status, article, state, media_id,
                    drafted_revision, publish_id, next_attempt_at)
                values (?1, 'daily', 1, 'PUBLISHED', ?2, 'PUBLISHING', 'MEDIA-1', 1, ?3, now() + interval '1 day')""")
                .setParameter(1, id)
                .setParameter(2, new String(EventJson.write(rendered.wechat()), StandardCharsets.UTF_8))
                .setParameter(3, publishId)
                .executeUpdate());

        given().queryParam("signature", SIGNATURE).queryParam("timestamp", TIMESTAMP).queryParam("nonce", NONCE)
                .contentType("text/xml").body(publishJobFinish(publishId)).post("/wechat/callback/daily")
                .then().statusCode(200).body(equalTo("success"));

        JsonPath published = awaitState(id, DAILY, "published");
        assertEquals("https://mp.weixin.qq.com/s/" + publishId,
                published.getString("accounts.find { it.account == 'daily' }.articleUrl"));
    }

    @Test
    void pushWithAWrongSignatureIsRefused() {
        given().queryParam("signature", "0".repeat(40)).queryParam("timestamp", TIMESTAMP).queryParam("nonce", NONCE)
                .contentType("text/xml").body(publishJobFinish("PUB-x")).post("/wechat/callback/daily")
                .then().statusCode(401).contentType("application/problem+json")
                .body("type", containsString("invalid-signature")).body("errors[0].field", equalTo("signature"));
    }

    @Test
    void accountWithoutCallbackTokenTakesNoPush() {
        given().queryParam("signature", SIGNATURE).queryParam("timestamp", TIMESTAMP).queryParam("nonce", NONCE)
                .contentType("text/xml").body(publishJobFinish("PUB-x")).post("/wechat/callback/newsroom")
                .then().statusCode(404).body("type", containsString("callback-not-configured"));
    }

    @Test
    void pushThatIsNotXmlIsABadRequest() {
        given().queryParam("signature", SIGNATURE).queryParam("timestamp", TIMESTAMP).queryParam("nonce", NONCE)
                .contentType("text/xml").body("not xml").post("/wechat/callback/daily")
                .then().statusCode(400).body("type", containsString("invalid-callback"));
    }
}
