package io.herald.wechat.sandbox;

import static io.herald.wechat.sandbox.WechatCalls.addDraft;
import static io.herald.wechat.sandbox.WechatCalls.article;
import static io.herald.wechat.sandbox.WechatCalls.call;
import static io.herald.wechat.sandbox.WechatCalls.coverMediaId;
import static io.herald.wechat.sandbox.WechatCalls.operator;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/** Publishing with a job duration of 0s (test profile): a job has settled by the time it is asked about. */
@QuarkusTest
class PublishTest {

    private String token;
    private String mediaId;

    @BeforeEach
    void reset() {
        WechatCalls.reset();
        CallbackReceiver.RECEIVED.clear();
        token = WechatCalls.token();
        mediaId = addDraft(token, article("论坛在北京开幕", coverMediaId(token), "<p>正文</p>"));
    }

    @Test
    void aSubmittedDraftIsPublishedWithItsArticleUrlAndLeavesTheDraftBox() {
        String publishId = call("freepublish/submit", token, Map.of("media_id", mediaId))
                .body("errcode", equalTo(0)).body("msg_data_id", notNullValue()).extract().path("publish_id");

        String articleId = call("freepublish/get", token, Map.of("publish_id", publishId))
                .body("publish_id", equalTo(publishId))
                .body("publish_status", equalTo(0))
                .body("article_detail.count", equalTo(1))
                .body("article_detail.item[0].idx", equalTo(1))
                .body("fail_idx", empty())
                .extract().path("article_id");
        call("freepublish/get", token, Map.of("publish_id", publishId))
                .body("article_detail.item[0].article_url",
                        equalTo("http://localhost:8089/articles/" + articleId + "?idx=1"));
        call("draft/get", token, Map.of("media_id", mediaId)).body("errcode", equalTo(40007));
        call("freepublish/getarticle", token, Map.of("article_id", articleId))
                .body("news_item[0].title", equalTo("论坛在北京开幕"))
                .body("news_item[0].is_deleted", equalTo(false));
    }

    @Test
    void reviewRejectionEndsJobsInTheFailureStatusWithFailIdx() {
        operator().contentType(ContentType.JSON).body(Map.of("publishStatus", 2))
                .post("/sandbox/faults/review-rejection").then().statusCode(200)
                .body("reviewRejectionStatus", equalTo(2));
        String publishId = call("freepublish/submit", token, Map.of("media_id", mediaId)).extract().path("publish_id");

        call("freepublish/get", token, Map.of("publish_id", publishId))
                .body("publish_status", equalTo(2)).body("fail_idx", contains(1))
                .body("$", not(hasKey("article_id")));
        call("draft/get", token, Map.of("media_id", mediaId)).body("news_item", notNullValue());

        operator().post("/sandbox/faults/review-rejection").then().body("reviewRejectionStatus", equalTo(4));
        String rejected = call("freepublish/submit", token, Map.of("media_id", mediaId)).extract().path("publish_id");
        call("freepublish/get", token, Map.of("publish_id", rejected)).body("publish_status", equalTo(4));

        operator().delete("/sandbox/faults/review-rejection").then().body("reviewRejectionStatus", equalTo(null));
        String published = call("freepublish/submit", token, Map.of("media_id", mediaId)).extract().path("publish_id");
        call("freepublish/get", token, Map.of("publish_id", published)).body("publish_status", equalTo(0));
    }

    @Test
    void deletingAPublishedArticleTurnsItsJobInto5() {
        String publishId = call("freepublish/submit", token, Map.of("media_id", mediaId)).extract().path("publish_id");
        String articleId = call("freepublish/get", token, Map.of("publish_id", publishId)).extract().path("article_id");

        call("freepublish/delete", token, Map.of("article_id", articleId, "index", 0)).body("errcode", equalTo(0));

        call("freepublish/get", token, Map.of("publish_id", publishId)).body("publish_status", equalTo(5));
        call("freepublish/getarticle", token, Map.of("article_id", articleId))
                .body("news_item[0].is_deleted", equalTo(true));
    }

    @Test
    void aBannedArticleIs6() {
        String publishId = call("freepublish/submit", token, Map.of("media_id", mediaId)).extract().path("publish_id");
        String articleId = call("freepublish/get", token, Map.of("publish_id", publishId)).extract().path("article_id");

        operator().post("/sandbox/articles/" + articleId + "/ban").then().statusCode(200);

        call("freepublish/get", token, Map.of("publish_id", publishId)).body("publish_status", equalTo(6));
        operator().post("/sandbox/articles/unknown/ban").then().statusCode(404);
    }

    @Test
    void batchgetListsThePublishedArticlesNewestFirstWithDeletedOnesMarked() {
        String otherDraft = addDraft(token, article("第二篇", coverMediaId(token), "<p>二</p>"));
        String rejectedDraft = addDraft(token, article("被拒", coverMediaId(token), "<p>拒</p>"));
        String first = articleIdOf(call("freepublish/submit", token, Map.of("media_id", mediaId))
                .extract().path("publish_id"));
        String second = articleIdOf(call("freepublish/submit", token, Map.of("media_id", otherDraft))
                .extract().path("publish_id"));
        operator().contentType(ContentType.JSON).body(Map.of("publishStatus", 4))
                .post("/sandbox/faults/review-rejection").then().statusCode(200);
        call("freepublish/submit", token, Map.of("media_id", rejectedDraft));
        call("freepublish/delete", token, Map.of("article_id", first, "index", 0)).body("errcode", equalTo(0));

        call("freepublish/batchget", token, Map.of("offset", 0, "count", 20, "no_content", 1))
                .body("total_count", equalTo(2)).body("item_count", equalTo(2))
                .body("item.article_id", contains(second, first))
                .body("item[0].content.news_item[0].title", equalTo("第二篇"))
                .body("item[0].content.news_item[0].content_source_url",
                        equalTo("https://news.example.test/articles/a-1"))
                .body("item[0].content.news_item[0].url",
                        equalTo("http://localhost:8089/articles/" + second + "?idx=1"))
                .body("item[0].content.news_item[0].is_deleted", equalTo(false))
                .body("item[0].content.news_item[0]", not(hasKey("content")))
                .body("item[1].content.news_item[0].is_deleted", equalTo(true))
                .body("item[0].update_time", notNullValue());
        call("freepublish/batchget", token, Map.of("offset", 1, "count", 1, "no_content", 0))
                .body("item.article_id", contains(first))
                .body("item[0].content.news_item[0].content", equalTo("<p>正文</p>"));
        call("freepublish/batchget", token, Map.of("offset", 0, "count", 0)).body("errcode", equalTo(40035));
    }

    @Test
    void unknownIdsHaveWechatsErrcodes() {
        call("freepublish/submit", token, Map.of("media_id", "unknown")).body("errcode", equalTo(40007));
        call("freepublish/getarticle", token, Map.of("article_id", "unknown")).body("errcode", equalTo(53600));
        call("freepublish/delete", token, Map.of("article_id", "unknown", "index", 0)).body("errcode", equalTo(53600));
        call("freepublish/get", token, Map.of("publish_id", "1")).body("errcode", equalTo(40035));
    }

    @Test
    void theQuotaSwitchStopsSubmissions() {
        operator().contentType(ContentType.JSON).body(Map.of("reached", true)).post("/sandbox/faults/quota");

        call("freepublish/submit", token, Map.of("media_id", mediaId)).body("errcode", equalTo(45009));
    }

    @Test
    void aFinishedJobIsPushedAsPublishJobFinishSignedAsWechatSignsIt() throws Exception {
        operator().contentType(ContentType.JSON)
                .body(Map.of("url", "http://localhost:" + RestAssured.port + "/test-callback"))
                .post("/sandbox/callback").then().statusCode(200);
        String publishId = call("freepublish/submit", token, Map.of("media_id", mediaId)).extract().path("publish_id");

        await().atMost(Duration.ofSeconds(10)).until(() -> !CallbackReceiver.RECEIVED.isEmpty());
        CallbackReceiver.Received event = CallbackReceiver.RECEIVED.get(0);
        assertEquals(sha1Sorted(event.timestamp(), event.nonce()), event.signature());
        assertTrue(event.body().contains("<Event><![CDATA[PUBLISHJOBFINISH]]></Event>"), event.body());
        assertTrue(event.body().contains("<publish_id>" + publishId + "</publish_id>"), event.body());
        assertTrue(event.body().contains("<publish_status>0</publish_status>"), event.body());
        assertTrue(event.body().contains("<ToUserName><![CDATA[gh_demo]]></ToUserName>"), event.body());
    }

    private String articleIdOf(String publishId) {
        return call("freepublish/get", token, Map.of("publish_id", publishId)).body("publish_status", equalTo(0))
                .extract().path("article_id");
    }

    /** WeChat's signature computed independently of the sandbox's code. */
    private static String sha1Sorted(String timestamp, String nonce) throws Exception {
        String[] parts = {"herald-sandbox-token", timestamp, nonce};
        java.util.Arrays.sort(parts);
        byte[] digest = java.security.MessageDigest.getInstance("SHA-1")
                .digest(String.join("", parts).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return java.util.HexFormat.of().formatHex(digest);
    }
}
