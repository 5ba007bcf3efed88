package io.herald.render.web;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.herald.events.BodyBlock;
import io.herald.events.Image;
import io.herald.events.PubStatus;
import io.herald.render.RenderServiceTest;
import io.herald.render.SampleArticles;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@RealBrokerAndDatabase
class WebArticlePageTest extends RenderServiceTest {

    private static final String SCRIPT = "<script>alert(1)</script>";

    @ParameterizedTest
    @CsvSource({ "/web/articles/demo:a%00b, id", "/wechat/articles/demo:a%00b, id",
            "/web/issues/paper%00/2026-04-06, publication", "/web/issues/paper/2026-04-06/pages/1%00, page" })
    void aNulCharacterInThePathIsABadRequestProblemNamingTheParameter(String path, String parameter) {
        given().urlEncodingEnabled(false).when().get(path)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo(parameter))
                .body("errors[0].rule", equalTo("must not contain NUL characters"));
    }

    @Test
    void submittedArticleIsServedAsChineseHtmlPage() {
        String id = SampleArticles.newArticleId("web");
        kafka.submit(SampleArticles.firstArticle(id, 1));

        String html = awaitPage(id);

        assertTrue(html.startsWith("<!DOCTYPE html>"), html);
        assertTrue(html.contains("<html lang=\"zh-CN\">"), html);
        assertTrue(html.contains("<meta charset=\"utf-8\">"), html);
        assertTrue(html.contains("<title>" + SampleArticles.HEADLINE + " - 中国高新技术产业导报</title>"), html);
        assertTrue(html.contains("<link rel=\"canonical\" href=\"https://news.example.test/web/articles/" + id + "\">"),
                html);
        assertEquals(List.of(SampleArticles.HEADLINE.substring(0, SampleArticles.HEADLINE.length() - 2)
                + "<span class=\"nowrap\">召开</span>"), all("<h1>(.*?)</h1>", html), "no character alone on the last line");
        assertTrue(html.contains("<p class=\"subheadline\">" + SampleArticles.SUBHEADLINE + "</p>"), html);
        assertTrue(html.contains("<p class=\"byline\">" + SampleArticles.DATELINE + "（记者 " + SampleArticles.AUTHOR
                + "）</p>"), html);
        assertFalse(html.contains("作者"), html);
        assertFalse(html.contains("<p class=\"dateline\">"), "the dateline is printed once, in the byline: " + html);
        assertEquals(SampleArticles.PARAGRAPHS, all("<p>(.*?)</p>", html));
    }

    @Test
    void publicationTimeIsShownInBeijingTimeBetweenHeadlineAndBody() {
        String id = SampleArticles.newArticleId("time");
        kafka.submit(SampleArticles.firstArticle(id, 1));

        String html = awaitPage(id);

        String time = "<time datetime=\"2026-04-06T06:30:00+08:00\">2026年4月6日 06:30</time>";
        int headline = html.indexOf("</h1>");
        int shown = html.indexOf(time);
        int body = html.indexOf("<p>" + SampleArticles.PARAGRAPHS.get(0));
        assertTrue(headline > 0 && shown > headline && body > shown,
                "headline at " + headline + ", time at " + shown + ", body at " + body + ": " + html);
    }

    @Test
    void bodyBlocksBecomeHeadingsQuotesListsAndFigures() {
        String id = SampleArticles.newArticleId("blocks");
        kafka.submit(SampleArticles.withBody(id, List.of(
                new BodyBlock(BodyBlock.Type.HEADING, "四个鲜明特点", 2, null, null),
                new BodyBlock(BodyBlock.Type.QUOTE, "勇闯科技前沿", null, null, null),
                new BodyBlock(BodyBlock.Type.LIST, null, null, List.of("高能同步辐射光源", "二维金属"), null),
                new BodyBlock(BodyBlock.Type.IMAGE, null, null, null, new Image("https://img.example.test/fenji.jpg",
                        "图为“奋楫号”盾构机下线现场", "新华社发", "刘甲", null)),
                new BodyBlock(BodyBlock.Type.IMAGE, null, null, null, new Image("javascript:alert(1)", "无效地址", null,
                        null, null)))));

        String html = awaitPage(id);

        assertTrue(html.contains("<h2>四个鲜明特点</h2>"), html);
        assertTrue(html.contains("<blockquote><p>勇闯科技前沿</p></blockquote>"), html);
        assertEquals(List.of("高能同步辐射光源", "二维金属"), all("<li>(.*?)</li>", html));
        assertTrue(html.contains("<img src=\"https://img.example.test/fenji.jpg\" alt=\"图为“奋楫号”盾构机下线现场\">"),
                html);
        assertTrue(Pattern.compile("<figcaption>图为“奋楫号”盾构机下线现场 .*新华社发.*刘甲/摄.*</figcaption>").matcher(html)
                .find(), html);
        assertTrue(html.contains("<figcaption>无效地址</figcaption>"), html);
        assertFalse(html.contains("javascript:"), html);
    }

    @Test
    void scriptInHeadlineAndBodyIsEscaped() {
        String id = SampleArticles.newArticleId("xss-web");
        kafka.submit(SampleArticles.article(id, 1, PubStatus.USABLE, "标题" + SCRIPT, List.of("正文" + SCRIPT)));

        String html = awaitPage(id);

        assertFalse(html.contains("<script>"), html);
        assertEquals(1, html.split("<script", -1).length - 1, "the JSON-LD block only: " + html);
        assertTrue(html.contains("\"headline\":\"标题\\u003Cscript\\u003Ealert(1)\\u003C/script\\u003E\""), html);
        assertTrue(html.contains("<h1>标题&lt;script&gt;alert(1)&lt;/script&gt;</h1>"), html);
        assertTrue(html.contains("<p>正文&lt;script&gt;alert(1)&lt;/script&gt;</p>"), html);
    }

    @Test
    void sectionIsNamedInOpenGraphAndJsonLd() {
        String id = SampleArticles.newArticleId("section");
        kafka.submit(SampleArticles.firstArticle(id, 1));

        String html = awaitPage(id);

        assertTrue(html.contains("<meta property=\"article:section\" content=\"要闻\">"), html);
        assertTrue(html.contains("\"articleSection\":\"要闻\""), html);
        assertTrue(html.contains("<span class=\"section\">要闻</span>"), html);
    }

    @Test
    void addressesWrittenInTheTextBecomeLinksThatPassNoRank() {
        String id = SampleArticles.newArticleId("links");
        kafka.submit(SampleArticles.withBody(id, List.of(
                BodyBlock.paragraph("详见https://www.most.gov.cn/kjbgz/。另见javascript:alert(1)"),
                new BodyBlock(BodyBlock.Type.LIST, null, null, List.of("名单:http://example.org/list?a=1&b=2"), null))));

        String html = awaitPage(id);

        assertTrue(html.contains("<p>详见<a href=\"https://www.most.gov.cn/kjbgz/\" rel=\"noopener nofollow\">"
                + "https://www.most.gov.cn/kjbgz/</a>。另见javascript:alert(1)</p>"), html);
        assertTrue(html.contains("<li>名单:<a href=\"http://example.org/list?a=1&amp;b=2\" rel=\"noopener nofollow\">"
                + "http://example.org/list?a=1&amp;b=2</a></li>"), html);
    }

    @Test
    void unknownArticleIsProblemNotFound() {
        given().when().get("/web/articles/{id}", "demo:never-submitted")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("Article not found"))
                .body("type", equalTo("urn:herald:problem:article-not-found"))
                .body("detail", containsString("demo:never-submitted"));
    }

    private static String awaitPage(String id) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().when().get("/web/articles/{id}", id)
                .then().statusCode(200));
        return given().when().get("/web/articles/{id}", id)
                .then().statusCode(200)
                .contentType("text/html;charset=UTF-8")
                .extract().asString();
    }

    private static List<String> all(String regex, String html) {
        Matcher matcher = Pattern.compile(regex, Pattern.DOTALL).matcher(html);
        return matcher.results().map(result -> result.group(1)).toList();
    }
}
