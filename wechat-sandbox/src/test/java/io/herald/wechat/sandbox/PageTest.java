package io.herald.wechat.sandbox;

import static io.herald.wechat.sandbox.WechatCalls.addDraft;
import static io.herald.wechat.sandbox.WechatCalls.article;
import static io.herald.wechat.sandbox.WechatCalls.call;
import static io.herald.wechat.sandbox.WechatCalls.coverMediaId;
import static io.herald.wechat.sandbox.WechatCalls.uploadImageUrl;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PageTest {

    private String token;

    @BeforeEach
    void reset() {
        WechatCalls.reset();
        token = WechatCalls.token();
    }

    @Test
    void aPublishedArticleReadsAsOnAPhone() {
        String picture = uploadImageUrl(token);
        Map<String, Object> article = new HashMap<>(article("论坛<开幕> & 致辞", coverMediaId(token),
                "<p style=\"color:#333\">正文第一段</p><img src=\"" + picture + "\"><p>图片说明</p>"));
        String articleId = publish(article);

        Document page = Jsoup.parse(given().get("/articles/" + articleId).then().statusCode(200)
                .contentType("text/html").extract().asString());

        assertEquals("论坛<开幕> & 致辞", page.selectFirst("h1").text());
        assertEquals("新华社记者", page.selectFirst(".author").text());
        assertEquals("摘要：论坛在北京开幕。", page.selectFirst(".digest").text());
        assertTrue(page.selectFirst("time").text().matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d"));
        assertEquals(picture, page.selectFirst(".content img").attr("src"));
        assertEquals("color:#333", page.selectFirst(".content p").attr("style"));
        assertEquals("https://news.example.test/articles/a-1", page.selectFirst(".source a").attr("href"));
        assertTrue(page.selectFirst("meta[name=viewport]").attr("content").contains("width=device-width"));
        given().get(URI.create(page.selectFirst(".cover").attr("src")).getPath()).then().statusCode(200);
    }

    @Test
    void theTitleIsEscapedAndNoScriptReachesThePage() {
        String mediaId = addDraft(token, article("<script>alert(1)</script>", coverMediaId(token),
                "<p>正文<a href=\"javascript:alert(2)\">链接</a></p>"));

        String html = given().get("/drafts/" + mediaId).then().statusCode(200).extract().asString();

        assertFalse(html.contains("<script>alert"), html);
        assertFalse(html.contains("javascript:"), html);
        assertEquals("<script>alert(1)</script>", Jsoup.parse(html).selectFirst("h1").text());
    }

    @Test
    void theHomePageListsEachAccountsDraftsAndPublishedArticles() {
        String cover = coverMediaId(token);
        String articleId = publish(article("已发布的文章", cover, "<p>正文</p>"));
        String mediaId = addDraft(token, article("草稿文章", cover, "<p>正文</p>"));

        Document home = Jsoup.parse(given().get("/").then().statusCode(200).extract().asString());

        assertEquals("/articles/" + articleId, home.selectFirst(".published a").attr("href"));
        assertEquals("已发布的文章", home.selectFirst(".published a").text());
        assertEquals("/drafts/" + mediaId, home.selectFirst(".drafts a").attr("href"));
        assertEquals(2, home.select("section.account").size());
    }

    @Test
    void aDeletedArticleSaysSo() {
        String articleId = publish(article("标题", coverMediaId(token), "<p>正文</p>"));
        call("freepublish/delete", token, Map.of("article_id", articleId));

        Document page = Jsoup.parse(given().get("/articles/" + articleId).then().statusCode(200).extract().asString());

        assertTrue(page.selectFirst(".notice").text().contains("deleted"));
        given().get("/articles/unknown").then().statusCode(404);
    }

    private String publish(Map<String, Object> article) {
        String mediaId = addDraft(token, article);
        String publishId = call("freepublish/submit", token, Map.of("media_id", mediaId)).extract().path("publish_id");
        return call("freepublish/get", token, Map.of("publish_id", publishId)).extract().path("article_id");
    }
}
