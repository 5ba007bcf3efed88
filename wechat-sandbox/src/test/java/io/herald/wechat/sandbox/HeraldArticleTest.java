package io.herald.wechat.sandbox;

import static io.herald.wechat.sandbox.WechatCalls.call;
import static io.herald.wechat.sandbox.WechatCalls.coverMediaId;
import static io.herald.wechat.sandbox.WechatCalls.uploadImageUrl;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.herald.events.ArticleRendered.WechatArticle;
import io.herald.events.EventJson;
import io.quarkus.test.junit.QuarkusTest;

/** The articles render-service makes, sent as Herald's WeChat channel sends them (Herald's own fields included). */
@QuarkusTest
class HeraldArticleTest {

    private String token;

    @BeforeEach
    void reset() {
        WechatCalls.reset();
        token = WechatCalls.token();
    }

    @Test
    void aRenderedArticleWithItsPicturesUploadedBecomesADraft() {
        String picture = uploadImageUrl(token);
        WechatArticle article = rendered("中国—东盟博览会在南宁开幕", coverMediaId(token),
                "<section style=\"margin:0 8px\"><p>全文约200字，阅读约1分钟</p><img src=\"" + picture + "\"></section>");

        String mediaId = call("draft/add", token, body(article)).extract().path("media_id");

        call("draft/get", token, Map.of("media_id", mediaId))
                .body("news_item[0].title", equalTo("中国—东盟博览会在南宁开幕"))
                .body("news_item[0].author", equalTo("记者 王芳"))
                .body("news_item[0].content_source_url", equalTo("https://news.example.test/articles/a-7"))
                .body("news_item[0].content", startsWith("<section style=\"margin:0 8px\">"));
    }

    @Test
    void anArticleRenderMarksNotPublishableForItsTitleIsRefusedWith45003() {
        WechatArticle article = rendered("标".repeat(33), coverMediaId(token), "<p>正文</p>");

        call("draft/add", token, body(article)).body("errcode", equalTo(45003));
    }

    /** {"articles":[…]} with the article as Herald writes it, Herald's fields and all. */
    private static String body(WechatArticle article) {
        return "{\"articles\":[" + new String(EventJson.write(article), UTF_8) + "]}";
    }

    private static WechatArticle rendered(String title, String thumbMediaId, String content) {
        return new WechatArticle(title, "记者 王芳", "博览会开幕。", content, "https://news.example.test/articles/a-7",
                thumbMediaId, 0, 0, "https://images.example.test/lead.jpg", 200, 1, title.length() <= 32,
                title.length() <= 32 ? List.of() : List.of("title has 33 characters, WeChat allows 32"));
    }
}
