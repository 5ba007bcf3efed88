package io.herald.render.wechat;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.herald.events.ArticleSubmitted;
import io.herald.events.BodyBlock;
import io.herald.events.Image;
import io.herald.events.PubStatus;
import io.herald.events.testing.ReferencePage;
import io.herald.render.RenderServiceTest;
import io.herald.render.SampleArticles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@RealBrokerAndDatabase
class WechatArticleTest extends RenderServiceTest {

    @Test
    void submittedArticleBecomesWechatDraftWithInlineStylesOnly() {
        String id = SampleArticles.newArticleId("wechat");
        kafka.submit(SampleArticles.firstArticle(id, 1));

        JsonPath draft = awaitDraft(id);

        assertEquals(id, draft.getString("articleId"));
        assertEquals(1, draft.getInt("revision"));
        assertEquals("published", draft.getString("status"));
        assertEquals(SampleArticles.HEADLINE, draft.getString("title"));
        assertEquals(SampleArticles.AUTHOR, draft.getString("author"));
        assertEquals("https://news.example.test/web/articles/" + id, draft.getString("content_source_url"));
        assertEquals(0, draft.getInt("need_open_comment"));
        assertEquals(0, draft.getInt("only_fans_can_comment"));
        assertNull(draft.get("thumb_media_id"));
        int characters = SampleArticles.PARAGRAPHS.stream().mapToInt(p -> p.codePointCount(0, p.length())).sum();
        assertEquals(characters, draft.getInt("herald_characters"));
        assertEquals(2, draft.getInt("herald_reading_minutes")); // 497 characters at 400 a minute, rounded up
        // the sample's headline has 33 characters: the draft says so instead of cutting it
        assertFalse(draft.getBoolean("publishable"));
        assertEquals(List.of("title has 33 characters, WeChat allows 32"), draft.getList("problems"));
        String content = draft.getString("content");
        assertTrue(content.contains("style="), content);
        assertFalse(content.contains("<style"), content);
        assertFalse(content.contains("class="), content);
        assertFalse(content.contains("<script"), content);
        for (String paragraph : SampleArticles.PARAGRAPHS) {
            assertTrue(content.contains(paragraph), paragraph + " missing from " + content);
        }
    }

    @Test
    void listItemsBecomeParagraphsAndImagesTheirCaption() {
        String id = SampleArticles.newArticleId("wechat-blocks");
        kafka.submit(SampleArticles.withBody(id, List.of(
                new BodyBlock(BodyBlock.Type.LIST, null, null, List.of("高能同步辐射光源", "二维金属"), null),
                new BodyBlock(BodyBlock.Type.IMAGE, null, null, null, new Image("https://img.example.test/fenji.jpg",
                        "图为“奋楫号”盾构机下线现场", "新华社发", "刘甲", null)))));

        String content = awaitDraft(id).getString("content");

        assertFalse(content.contains("<ul") || content.contains("<li"), content);
        assertTrue(content.matches("(?s).*<p style=\"[^\"]+\">• 高能同步辐射光源</p>\\s*<p style=\"[^\"]+\">• 二维金属</p>.*"),
                content);
        assertTrue(content.contains("图为“奋楫号”盾构机下线现场 新华社发 刘甲/摄"), content);
    }

    @Test
    void digestIsTheFirstParagraphsOpeningSentencesWithinTheLimit() {
        String id = SampleArticles.newArticleId("digest");
        kafka.submit(SampleArticles.firstArticle(id, 1));

        String digest = awaitDraft(id).getString("digest");

        assertTrue(digest.codePointCount(0, digest.length()) <= 120, digest);
        assertTrue(digest.endsWith("。"), digest);
        assertTrue(SampleArticles.PARAGRAPHS.get(0).startsWith(digest), digest);
    }

    @Test
    void referenceArticleWithinEveryLimitIsPublishable() {
        String tag = "wechat-" + UUID.randomUUID().toString().substring(0, 8);
        ArticleSubmitted forum = ReferencePage.item(ReferencePage.FORUM, tag);
        kafka.submit(forum);

        JsonPath draft = awaitDraft(forum.articleId());

        assertEquals(forum.headline(), draft.getString("title"));
        assertEquals("张伟", draft.getString("author"));
        assertTrue(draft.getBoolean("publishable"));
        assertEquals(List.of(), draft.getList("problems"));
        assertTrue(draft.getString("content").contains("全文约" + draft.getInt("herald_characters") + "字，阅读约3分钟"));
    }

    @Test
    void killedArticleHasNoDraftAnyMoreLikeItsWebPage() {
        String id = SampleArticles.newArticleId("wechat-kill");
        kafka.submit(SampleArticles.firstArticle(id, 1));
        awaitDraft(id);
        kafka.submit(SampleArticles.article(id, 2, PubStatus.CANCELED, SampleArticles.HEADLINE, List.of()));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().when().get("/wechat/articles/{id}", id)
                .then().statusCode(410)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:herald:problem:gone"))
                .body("detail", containsString(id)));
    }

    @Test
    void withheldArticleHasNoDraftLikeItsWebPage() {
        String id = SampleArticles.newArticleId("wechat-withheld");
        kafka.submit(SampleArticles.article(id, 1, PubStatus.WITHHELD, SampleArticles.HEADLINE,
                SampleArticles.PARAGRAPHS));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().when().get("/web/articles/{id}", id)
                .then().statusCode(404).body("detail", containsString("not published now")));
        given().when().get("/wechat/articles/{id}", id)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("not published now"));
    }

    @Test
    void scriptInHeadlineAndBodyIsEscapedInContent() {
        String id = SampleArticles.newArticleId("xss-wechat");
        String script = "<script>alert(1)</script>";
        kafka.submit(SampleArticles.article(id, 1, PubStatus.USABLE, "标题" + script, List.of("正文" + script)));

        JsonPath draft = awaitDraft(id);

        String content = draft.getString("content");
        assertFalse(content.contains("<script"), content);
        assertTrue(content.contains("正文&lt;script&gt;alert(1)&lt;/script&gt;"), content);
        // title and digest are plain text fields, not HTML: they carry the text as written
        assertEquals("标题" + script, draft.getString("title"));
        assertEquals("正文" + script, draft.getString("digest"));
    }

    @Test
    void unknownArticleIsProblemNotFound() {
        given().when().get("/wechat/articles/{id}", "demo:never-submitted")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", containsString("demo:never-submitted"));
    }

    private static JsonPath awaitDraft(String id) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().when().get("/wechat/articles/{id}", id)
                .then().statusCode(200));
        return given().when().get("/wechat/articles/{id}", id)
                .then().statusCode(200).contentType("application/json")
                .extract().jsonPath();
    }
}
