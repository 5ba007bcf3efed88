package io.herald.wechat.sandbox;

import static io.herald.wechat.sandbox.WechatCalls.addDraft;
import static io.herald.wechat.sandbox.WechatCalls.article;
import static io.herald.wechat.sandbox.WechatCalls.call;
import static io.herald.wechat.sandbox.WechatCalls.coverMediaId;
import static io.herald.wechat.sandbox.WechatCalls.operator;
import static io.herald.wechat.sandbox.WechatCalls.uploadImageUrl;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class DraftTest {

    private String token;
    private String cover;

    @BeforeEach
    void reset() {
        WechatCalls.reset();
        token = WechatCalls.token();
        cover = coverMediaId(token);
    }

    @Test
    void addedDraftsAreAnsweredAsWechatAnswersThem() {
        String mediaId = addDraft(token, article("论坛在北京开幕", cover, "<p>正文</p>"));

        call("draft/get", token, Map.of("media_id", mediaId))
                .body("news_item", hasSize(1))
                .body("news_item[0].title", equalTo("论坛在北京开幕"))
                .body("news_item[0].author", equalTo("新华社记者"))
                .body("news_item[0].content", equalTo("<p>正文</p>"))
                .body("news_item[0].thumb_media_id", equalTo(cover))
                .body("news_item[0].thumb_url", startsWith("http://localhost:8089/mmbiz_img/"))
                .body("news_item[0].url", equalTo("http://localhost:8089/drafts/" + mediaId + "?idx=1"))
                .body("news_item[0].herald_thumb_url", nullValue());
        given().queryParam("access_token", token).get("/cgi-bin/draft/count").then().statusCode(200)
                .body("total_count", equalTo(1));
    }

    @Test
    void titlesOfMoreThan32CharactersAre45003() {
        call("draft/add", token, Map.of("articles", List.of(article("题".repeat(33), cover, "<p>x</p>"))))
                .body("errcode", equalTo(45003)).body("errmsg", startsWith("title size out of limit"));
        call("draft/add", token, Map.of("articles", List.of(article("题".repeat(32), cover, "<p>x</p>"))))
                .body("media_id", notNullValue());
    }

    @Test
    void authorDigestContentAndUrlLimitsHaveTheirErrcodes() {
        call("draft/add", token, Map.of("articles", List.of(with("author", "作".repeat(17)))))
                .body("errcode", equalTo(45110));
        call("draft/add", token, Map.of("articles", List.of(with("digest", "摘".repeat(129)))))
                .body("errcode", equalTo(45004));
        call("draft/add", token, Map.of("articles", List.of(with("content", "字".repeat(20_000)))))
                .body("errcode", equalTo(45002));
        call("draft/add", token, Map.of("articles", List.of(with("content_source_url",
                "https://news.example.test/" + "a".repeat(1000))))).body("errcode", equalTo(45005));
        call("draft/add", token, Map.of("articles", List.of())).body("errcode", equalTo(44003));
        given().queryParam("access_token", token).get("/cgi-bin/draft/count").then().body("total_count", equalTo(0));
    }

    @Test
    void theCoverMustBeAPermanentImageOfTheAccount() {
        call("draft/add", token, Map.of("articles", List.of(with("thumb_media_id", "unknown"))))
                .body("errcode", equalTo(40007));
        String secondToken = WechatCalls.stableToken(Map.of("grant_type", "client_credential",
                "appid", "wx0000000000second", "secret", "second-app-secret")).extract().path("access_token");
        call("draft/add", secondToken, Map.of("articles", List.of(article("标题", cover, "<p>x</p>"))))
                .body("errcode", equalTo(40007));
    }

    @Test
    void scriptAndImagesNotFromUploadimgAreFilteredOut() {
        String uploaded = uploadImageUrl(token);
        String content = "<p onclick=\"steal()\">正文</p><script>alert(1)</script><img src=\"" + uploaded
                + "\"><img src=\"https://images.example.test/elsewhere.jpg\">";
        String mediaId = addDraft(token, article("标题", cover, content));

        call("draft/get", token, Map.of("media_id", mediaId))
                .body("news_item[0].content", equalTo("<p>正文</p><img src=\"" + uploaded + "\">"));
    }

    @Test
    void updateReplacesOneArticleAndDeleteRemovesTheDraft() {
        String mediaId = addDraft(token, article("旧标题", cover, "<p>旧</p>"));

        call("draft/update", token, Map.of("media_id", mediaId, "index", 0,
                "articles", article("新标题", cover, "<p>新</p>"))).body("errcode", equalTo(0));
        call("draft/get", token, Map.of("media_id", mediaId)).body("news_item[0].title", equalTo("新标题"));
        call("draft/update", token, Map.of("media_id", mediaId, "index", 1,
                "articles", article("新标题", cover, "<p>新</p>"))).body("errcode", equalTo(40035));
        call("draft/update", token, Map.of("media_id", mediaId, "index", 0,
                "articles", article("题".repeat(33), cover, "<p>新</p>"))).body("errcode", equalTo(45003));

        call("draft/delete", token, Map.of("media_id", mediaId)).body("errcode", equalTo(0))
                .body("errmsg", equalTo("ok"));
        call("draft/get", token, Map.of("media_id", mediaId)).body("errcode", equalTo(40007));
        call("draft/delete", token, Map.of("media_id", mediaId)).body("errcode", equalTo(40007));
    }

    @Test
    void aDraftTheSandboxForgotIs40007ForEveryCallThatNamesIt() {
        String mediaId = addDraft(token, article("标题", cover, "<p>正文</p>"));

        WechatCalls.reset();
        String fresh = WechatCalls.token();

        call("draft/update", fresh, Map.of("media_id", mediaId, "index", 0,
                "articles", article("新标题", coverMediaId(fresh), "<p>新</p>")))
                .body("errcode", equalTo(40007)).body("errmsg", startsWith("invalid media_id"));
        call("draft/get", fresh, Map.of("media_id", mediaId)).body("errcode", equalTo(40007));
        call("draft/delete", fresh, Map.of("media_id", mediaId)).body("errcode", equalTo(40007));
        call("freepublish/submit", fresh, Map.of("media_id", mediaId)).body("errcode", equalTo(40007));
    }

    @Test
    void batchgetPagesThroughTheDraftsNewestFirst() {
        String older = addDraft(token, article("第一篇", cover, "<p>1</p>"));
        String newer = addDraft(token, article("第二篇", cover, "<p>2</p>"));

        call("draft/batchget", token, Map.of("offset", 0, "count", 20, "no_content", 1))
                .body("total_count", equalTo(2)).body("item_count", equalTo(2))
                .body("item.media_id", contains(newer, older))
                .body("item[0].content.news_item[0]", not(org.hamcrest.Matchers.hasKey("content")))
                .body("item[0].update_time", notNullValue());
        call("draft/batchget", token, Map.of("offset", 1, "count", 1, "no_content", 0))
                .body("item.media_id", contains(older))
                .body("item[0].content.news_item[0].content", equalTo("<p>1</p>"));
        call("draft/batchget", token, Map.of("offset", 0, "count", 21)).body("errcode", equalTo(40035));
    }

    @Test
    void malformedBodiesAre47001() {
        given().contentType(ContentType.JSON).queryParam("access_token", token).body("[1,2")
                .post("/cgi-bin/draft/add").then().statusCode(200).body("errcode", equalTo(47001));
    }

    @Test
    void theQuotaSwitchAnswers45009UntilReset() {
        operator().contentType(ContentType.JSON).body(Map.of("reached", true)).post("/sandbox/faults/quota").then()
                .statusCode(200).body("quotaReached", equalTo(true));
        call("draft/add", token, Map.of("articles", List.of(article("标题", cover, "<p>x</p>"))))
                .body("errcode", equalTo(45009));

        operator().post("/sandbox/faults/reset").then().statusCode(200).body("quotaReached", equalTo(false));
        call("draft/add", token, Map.of("articles", List.of(article("标题", cover, "<p>x</p>"))))
                .body("media_id", notNullValue());
    }

    @Test
    void contentKeepsInlineStyles() {
        String mediaId = addDraft(token, article("标题", cover,
                "<section style=\"margin:0 8px\"><p style=\"color:#333\">正文</p></section>"));

        call("draft/get", token, Map.of("media_id", mediaId))
                .body("news_item[0].content", containsString("style=\"color:#333\""));
    }

    private Map<String, Object> with(String field, String value) {
        Map<String, Object> article = new HashMap<>(article("标题", cover, "<p>正文</p>"));
        article.put(field, value);
        return article;
    }
}
