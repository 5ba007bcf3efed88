package io.herald.render.web;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.herald.events.ArticleSubmitted;
import io.herald.events.BodyBlock;
import io.herald.events.Image;
import io.herald.events.InlineRun;
import io.herald.events.InlineRun.Mark;
import io.herald.render.RenderServiceTest;
import io.herald.render.SampleArticles;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A story as ingest publishes a Superdesk push: the feature picture leading the body (and listed in images), an
 * embedded picture, paragraphs with inline runs, a list with a linked item; the web page and the WeChat draft.
 */
@QuarkusTest
@RealBrokerAndDatabase
class InlineMarkupAndCreditsTest extends RenderServiceTest {

    private static final Image FEATURE = new Image("https://img.example.test/feature.jpg", "图为“奋楫号”盾构机下线现场", "本报",
            "本报记者 李明 摄", "盾构机下线现场");
    private static final Image INLINE = new Image("https://img.example.test/inline.jpg", "工人检查刀盘", "新华社", "刘甲", null);

    @Test
    void webPageRendersRunsAndShowsTheFeaturePictureOnceFirstWithItsCreditOnce() {
        String id = SampleArticles.newArticleId("inline-web");
        kafka.submit(story(id));

        String html = awaitBody("/web/articles/{id}", id);

        assertTrue(html.contains("<p>详见<a href=\"https://www.example.cn/a?b=1&amp;c=2\" rel=\"noopener nofollow\">"
                + "<strong>官网</strong></a>：H<sub>2</sub>O 与 x<sup>2</sup>，<em>斜体</em><br>第二行"
                + "<a href=\"mailto:desk@example.cn\" rel=\"noopener nofollow\">desk@example.cn</a></p>"), html);
        assertTrue(html.contains("<li><a href=\"https://www.example.cn/\" rel=\"noopener nofollow\">官网</a></li>"), html);
        assertFalse(html.contains("javascript:"), html);
        assertTrue(html.contains("<p>点&lt;b&gt;此&lt;/b&gt;</p>"), "a link to another scheme is its text, escaped: " + html);
        assertEquals(1, count("feature.jpg", html.substring(html.indexOf("<main"))), html);
        int main = html.indexOf("<main");
        assertTrue(html.indexOf("feature.jpg", main) < html.indexOf("详见", main), "the feature picture leads");
        assertTrue(html.contains("图为“奋楫号”盾构机下线现场 <span class=\"photographer\">本报记者 李明 摄</span></figcaption>"),
                "credit 本报 is in the photographer's line, 摄 once: " + html);
        assertTrue(html.contains("工人检查刀盘 <span class=\"credit\">新华社</span> <span class=\"photographer\">刘甲/摄</span>"),
                html);
    }

    @Test
    void wechatDraftRendersMarksAndTurnsLinksIntoFootnotes() {
        String id = SampleArticles.newArticleId("inline-wechat");
        kafka.submit(story(id));

        String content = awaitDraftContent(id);

        assertTrue(content.contains("详见<strong>官网</strong><sup style=\"font-size:12px;color:#888888;\">[1]</sup>"
                + "：H<sub>2</sub>O 与 x<sup>2</sup>，<em>斜体</em><br>第二行desk@example.cn"
                + "<sup style=\"font-size:12px;color:#888888;\">[2]</sup></p>"), content);
        assertTrue(content.contains("• 官网<sup style=\"font-size:12px;color:#888888;\">[3]</sup>"), content);
        assertTrue(content.contains("[1] https://www.example.cn/a?b=1&amp;c=2</p>"), content);
        assertTrue(content.contains("[2] mailto:desk@example.cn</p>"), content);
        assertFalse(content.contains("<a "), "WeChat keeps links only to its own articles: " + content);
        assertEquals(1, count("data-herald-upload=\"https://img.example.test/feature.jpg\"", content), content);
        assertTrue(content.indexOf("feature.jpg") < content.indexOf("详见"), "the feature picture leads: " + content);
        assertTrue(content.contains("图为“奋楫号”盾构机下线现场 本报记者 李明 摄</p>"), content);
        assertTrue(content.contains("工人检查刀盘 新华社 刘甲/摄</p>"), content);
    }

    private static ArticleSubmitted story(String id) {
        ArticleSubmitted sample = SampleArticles.withBody(id, List.of(
                new BodyBlock(BodyBlock.Type.IMAGE, null, null, null, FEATURE),
                new BodyBlock(BodyBlock.Type.PARAGRAPH, "详见官网：H2O 与 x2，斜体 第二行desk@example.cn", null, null, null,
                        List.of(new InlineRun("详见", null, null),
                                new InlineRun("官网", List.of(Mark.BOLD), "https://www.example.cn/a?b=1&c=2"),
                                new InlineRun("：H", null, null), new InlineRun("2", List.of(Mark.SUBSCRIPT), null),
                                new InlineRun("O 与 x", null, null), new InlineRun("2", List.of(Mark.SUPERSCRIPT), null),
                                new InlineRun("，", null, null), new InlineRun("斜体", List.of(Mark.ITALIC), null),
                                new InlineRun("\n第二行", null, null),
                                new InlineRun("desk@example.cn", null, "mailto:desk@example.cn")), null),
                new BodyBlock(BodyBlock.Type.IMAGE, null, null, null, INLINE),
                new BodyBlock(BodyBlock.Type.PARAGRAPH, "点<b>此</b>", null, null, null,
                        List.of(new InlineRun("点<b>此</b>", null, "javascript:alert(1)")), null),
                new BodyBlock(BodyBlock.Type.LIST, null, null, List.of("官网"), null, null,
                        List.of(List.of(new InlineRun("官网", null, "https://www.example.cn/"))))));
        return new ArticleSubmitted(sample.articleId(), sample.revision(), sample.pubStatus(), sample.language(),
                sample.publication(), sample.page(), sample.section(), sample.headline(), sample.subheadline(),
                sample.kicker(), sample.dateline(), sample.byline(), sample.body(), List.of(FEATURE, INLINE),
                sample.related(), sample.subjects(), sample.firstCreated(), sample.versionCreated(),
                sample.embargoUntil(), sample.source());
    }

    private static String awaitBody(String path, String id) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().when().get(path, id).then().statusCode(200));
        return given().when().get(path, id).then().statusCode(200).extract().asString();
    }

    private static String awaitDraftContent(String id) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().when().get("/wechat/articles/{id}", id)
                .then().statusCode(200));
        return given().when().get("/wechat/articles/{id}", id).then().statusCode(200).extract().path("content");
    }

    private static long count(String needle, String haystack) {
        return Pattern.compile(Pattern.quote(needle)).matcher(haystack).results().count();
    }
}
