package io.herald.render.web;

import static io.herald.render.web.WebPages.awaitStatus;
import static io.herald.render.web.WebPages.html;
import static io.herald.render.web.WebPages.jsonLd;
import static io.herald.render.web.WebPages.meta;
import static io.herald.render.web.WebPages.referenceItem;
import static io.herald.render.web.WebPages.xml;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.herald.events.ArticleSubmitted;
import io.herald.events.testing.ReferencePage;
import io.herald.render.RenderServiceTest;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The reference page (中国高新技术产业导报 2026-04-06, 01版: two reports and a photo item) through the broker: article
 * pages with their JSON-LD, Open Graph and Twitter card, the issue's front page and page 1, the feeds and the sitemap.
 * Each test has its own copies (tag), created a minute ago so that they are among the newest and in the sitemap.
 */
@QuarkusTest
@RealBrokerAndDatabase
class ReferencePageWebTest extends RenderServiceTest {

    private static final String BASE = "https://news.example.test";
    private static final String PHOTO_URL = "https://img.example.test/fenji.jpg";
    private static final String FORUM_FIRST_PARAGRAPH = ReferencePage.item(ReferencePage.FORUM, "text").body().get(0)
            .text();

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final Instant created = Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
    /** RFC 3339 with seconds always written (OffsetDateTime.toString() drops ":00"). */
    private final String createdIso = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx")
            .format(created.atZone(ZoneOffset.ofHours(8)));

    @BeforeEach
    void submitReferencePage() {
        kafka.submit(referenceItem(ReferencePage.SYMPOSIUM, tag, created));
        kafka.submit(ReferencePage.item(ReferencePage.PHOTO, tag, ReferencePage.PHOTO, json -> {
            json.put("firstCreated", created.toString());
            json.put("versionCreated", created.toString());
            ((ObjectNode) json.at("/body/1/image")).put("uri", PHOTO_URL);
            ((ObjectNode) json.at("/images/0")).put("uri", PHOTO_URL);
        }));
        kafka.submit(referenceItem(ReferencePage.FORUM, tag, created));
        for (String item : List.of(ReferencePage.SYMPOSIUM, ReferencePage.PHOTO, ReferencePage.FORUM)) {
            awaitStatus(200, "/web/articles/{id}", id(item));
        }
    }

    @Test
    void reportPageIsSemanticHtmlWithItsTimeBylineAndCanonicalLink() {
        String source = given().get("/web/articles/{id}", id(ReferencePage.SYMPOSIUM)).then().statusCode(200)
                .contentType("text/html;charset=UTF-8").extract().asString();
        Document page = html(source);

        assertEquals("zh-CN", page.selectFirst("html").attr("lang"));
        assertEquals(url(ReferencePage.SYMPOSIUM), page.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals(1, page.select("h1").size());
        Element article = page.selectFirst("main article");
        assertEquals("2026年全国工业和信息化科技创新和产业创新融合发展工作座谈会召开", article.selectFirst("h1").text());
        assertEquals("召开", article.selectFirst("h1 > span.nowrap").text(), "no character alone on the last line");
        assertEquals("完善高新区等创新载体建设布局", article.selectFirst("p.subheadline").text());
        assertEquals("本报讯（记者 姚雯）", article.selectFirst("p.byline").text(), "as the paper prints it, not 作者 姚雯");
        assertNull(article.selectFirst("p.dateline"), "本报讯 is printed once, in the byline");
        assertEquals(ReferencePage.publication(tag), page.selectFirst(".site-bar .site-name").text());
        assertEquals(BASE + "/", page.selectFirst(".site-bar .site-name").attr("href"));
        assertEquals("2026年全国工业和信息化科技创新和产业创新融合发展工作座谈会召开 - " + ReferencePage.publication(tag),
                page.title());
        assertEquals(ReferencePage.publication(tag), page.selectFirst(".site-footer .colophon").text());
        Element time = article.selectFirst("time");
        assertEquals(createdIso, time.attr("datetime"));
        assertTrue(createdIso.endsWith("+08:00"), createdIso);
        int headline = source.indexOf("</h1>");
        int shown = source.indexOf("<time datetime=\"" + createdIso + "\">");
        int body = source.indexOf("<p>4月2-3日");
        assertTrue(headline > 0 && shown > headline && body > shown, headline + " < " + shown + " < " + body);
        assertEquals(3, article.select("> p:not([class])").size());
        assertEquals(BASE + "/web/issues/" + WebPages.segment(ReferencePage.publication(tag)) + "/2026-04-06/pages/1",
                article.selectFirst("p.meta a.page").attr("href"));
    }

    @Test
    void reportPageCarriesNewsArticleJsonLdOpenGraphAndTwitterCard() throws IOException {
        Document page = html(given().get("/web/articles/{id}", id(ReferencePage.FORUM)).then().statusCode(200)
                .extract().asString());

        JsonNode json = jsonLd(page);
        assertEquals("https://schema.org", json.get("@context").asText());
        assertEquals("NewsArticle", json.get("@type").asText());
        assertEquals("2026中关村论坛年会集中发布21项重大科技成果", json.get("headline").asText());
        assertEquals(createdIso, json.get("datePublished").asText());
        assertEquals(createdIso, json.get("dateModified").asText());
        assertEquals("Person", json.at("/author/0/@type").asText());
        assertEquals("张伟", json.at("/author/0/name").asText());
        assertEquals("Organization", json.at("/publisher/@type").asText());
        assertEquals(ReferencePage.publication(tag), json.at("/publisher/name").asText());
        assertEquals("zh-CN", json.get("inLanguage").asText());
        assertEquals(url(ReferencePage.FORUM), json.at("/mainEntityOfPage/@id").asText());
        assertFalse(json.has("image"), "the report has no image");

        assertEquals("article", meta(page, "og:type"));
        assertEquals("2026中关村论坛年会集中发布21项重大科技成果", meta(page, "og:title"));
        assertTrue(meta(page, "og:description").startsWith("3月29日,2026中关村论坛年会“重大成果专场发布会”上"),
                meta(page, "og:description"));
        assertTrue(meta(page, "og:description").codePointCount(0, meta(page, "og:description").length()) <= 120);
        // the first sentence is longer than 120 characters: cut at the last clause that fits
        String description = meta(page, "og:description");
        String kept = description.substring(0, description.length() - 1);
        assertTrue(description.endsWith("…") && "，、,".indexOf(FORUM_FIRST_PARAGRAPH.charAt(kept.length())) >= 0
                && FORUM_FIRST_PARAGRAPH.startsWith(kept), description);
        assertEquals(url(ReferencePage.FORUM), meta(page, "og:url"));
        assertEquals("zh_CN", meta(page, "og:locale"));
        assertEquals(ReferencePage.publication(tag), meta(page, "og:site_name"), "the site is named after the paper");
        assertEquals(createdIso, meta(page, "article:published_time"));
        assertEquals(createdIso, meta(page, "article:modified_time"));
        assertEquals("张伟", meta(page, "article:author"));
        assertNull(meta(page, "og:image"));
        assertEquals("summary_large_image", meta(page, "twitter:card"));
        assertEquals("2026中关村论坛年会集中发布21项重大科技成果", meta(page, "twitter:title"));
        assertEquals(meta(page, "og:description"), meta(page, "twitter:description"));
    }

    @Test
    void everyItemOfThePageCarriesItsHeadlineAuthorAndDateInJsonLdAndOpenGraph() throws IOException {
        Map<String, List<String>> items = Map.of(
                ReferencePage.SYMPOSIUM, List.of("2026年全国工业和信息化科技创新和产业创新融合发展工作座谈会召开", "姚雯"),
                ReferencePage.PHOTO, List.of("“奋楫号”盾构机下线现场", "刘甲"),
                ReferencePage.FORUM, List.of("2026中关村论坛年会集中发布21项重大科技成果", "张伟"));
        for (Map.Entry<String, List<String>> item : items.entrySet()) {
            Document page = html(given().get("/web/articles/{id}", id(item.getKey())).then().statusCode(200)
                    .extract().asString());
            JsonNode json = jsonLd(page);
            String headline = item.getValue().get(0);
            assertEquals("NewsArticle", json.get("@type").asText(), item.getKey());
            assertEquals(headline, json.get("headline").asText(), item.getKey());
            assertEquals(createdIso, json.get("datePublished").asText(), item.getKey());
            assertEquals(item.getValue().get(1), json.at("/author/0/name").asText(), item.getKey());
            assertEquals(url(item.getKey()), json.at("/mainEntityOfPage/@id").asText(), item.getKey());
            assertEquals(headline, meta(page, "og:title"), item.getKey());
            assertEquals(url(item.getKey()), meta(page, "og:url"), item.getKey());
            assertEquals(createdIso, meta(page, "article:published_time"), item.getKey());
            assertEquals(headline, meta(page, "twitter:title"), item.getKey());
        }
    }

    @Test
    void photoItemPageShowsItsFigureWithCreditsAndNamesTheImage() throws IOException {
        Document page = html(given().get("/web/articles/{id}", id(ReferencePage.PHOTO)).then().statusCode(200)
                .extract().asString());

        List<Element> figures = page.select("article figure");
        assertEquals(1, figures.size(), "the image is in the body and in images: shown once");
        assertEquals(PHOTO_URL, figures.get(0).selectFirst("img").attr("src"));
        assertEquals("图为“奋楫号”盾构机下线现场(无人机照片) 新华社发 刘甲/摄", figures.get(0).selectFirst("figcaption").text());
        assertEquals("新华社发", figures.get(0).selectFirst("figcaption .credit").text());
        assertEquals("刘甲/摄", figures.get(0).selectFirst("figcaption .photographer").text());
        assertEquals(PHOTO_URL, jsonLd(page).at("/image/0").asText());
        assertEquals(PHOTO_URL, meta(page, "og:image"));
        assertEquals(PHOTO_URL, meta(page, "twitter:image"));
        assertEquals("摄影 刘甲", page.selectFirst("p.byline").text());
    }

    @Test
    void pagesLoadNothingFromElsewhere() {
        Document page = html(given().get("/web/articles/{id}", id(ReferencePage.PHOTO)).then().extract().asString());
        Document front = html(given().get("/web/issues/{publication}/2026-04-06", ReferencePage.publication(tag))
                .then().statusCode(200).extract().asString());

        for (Document document : List.of(page, front)) {
            assertEquals(List.of("/static/herald.css"), document.select("link[rel=stylesheet]").eachAttr("href"));
            assertTrue(document.select("script[src], iframe, link[rel~=(?i)preload|prefetch|import]").isEmpty());
            assertTrue(document.select("img").eachAttr("src").stream().allMatch(PHOTO_URL::equals));
        }
        given().get("/static/herald.css").then().statusCode(200)
                .contentType(containsString("text/css"))
                .body(containsString("\"PingFang SC\""), containsString("\"Noto Sans CJK SC\""),
                        containsString("@media (max-width"));
    }

    @Test
    void frontPageShowsMastheadContentsBoxAndThePageWithItsPhotoItem() {
        Document front = html(given().get("/web/issues/{publication}/{date}", ReferencePage.publication(tag), "2026-04-06")
                .then().statusCode(200).contentType("text/html;charset=UTF-8").extract().asString());

        assertEquals(ReferencePage.publication(tag), front.selectFirst(".masthead .paper").text());
        assertEquals("CHINA HIGH-TECH INDUSTRY HERALD", front.selectFirst(".masthead .paper-en").text());
        assertEquals("2026年4月6日 星期一 第12期 总第2664期 今日16版", front.selectFirst(".masthead .issue-line").text());
        assertEquals("国内统一连续出版物号 CN 11—0237 邮发代号 1—206", front.selectFirst(".masthead .registration").text());

        Element contents = front.selectFirst("aside.contents");
        assertEquals("本期导读", contents.selectFirst("h2").text());
        List<Element> lines = contents.select("li");
        assertEquals(10, lines.size(), "each entry once although all three items carry the box");
        assertEquals("开发区规范提升要敢于“亮牌”", lines.get(0).selectFirst(".title").text());
        assertEquals("02版", lines.get(0).selectFirst(".page-ref").text());
        assertEquals(issueUrl() + "/pages/2", lines.get(0).selectFirst("a").attr("href"));
        assertEquals("迈向工程示范", lines.get(9).selectFirst(".title").text());
        assertEquals(issueUrl() + "/pages/15", lines.get(9).selectFirst("a").attr("href"));

        List<Element> pages = front.select("section.page");
        assertEquals(1, pages.size());
        assertEquals("01版", pages.get(0).selectFirst(".page-label a").text());
        assertEquals(List.of(url(ReferencePage.FORUM), url(ReferencePage.PHOTO), url(ReferencePage.SYMPOSIUM)),
                pages.get(0).select("article.item h3 a").eachAttr("href"));
        Element photo = pages.get(0).selectFirst("article.item.photo");
        assertEquals(url(ReferencePage.PHOTO), photo.selectFirst("h3 a").attr("href"));
        assertEquals("图片新闻", photo.selectFirst(".label").text());
        assertEquals(PHOTO_URL, photo.selectFirst("figure img").attr("src"));
        assertEquals(1, pages.get(0).select("article.item.photo").size());
        assertEquals("本报讯（记者 姚雯）", pages.get(0).select("article.item").get(2).selectFirst(".byline").text());
        assertEquals("本报讯（记者 张伟）", pages.get(0).select("article.item").get(0).selectFirst(".byline").text());
        assertEquals("2026中关村论坛年会集中发布21项重大科技<span class=\"nowrap\">成果</span>",
                pages.get(0).select("article.item").get(0).selectFirst("h3 a").html());
        assertEquals("issue with-contents", front.selectFirst("main").className());
        assertEquals(ReferencePage.publication(tag), meta(front, "og:site_name"));
    }

    @Test
    void pageOneAloneAndProblemsForOtherPagesDatesAndIssues() {
        Document pageOne = html(given().get("/web/issues/{publication}/2026-04-06/pages/1", ReferencePage.publication(tag))
                .then().statusCode(200).extract().asString());
        assertEquals(3, pageOne.select("section.page article.item").size());
        assertTrue(pageOne.select("aside.contents").isEmpty());
        assertEquals("01版", pageOne.selectFirst(".page-nav a.current").text());
        assertEquals(issueUrl() + "/pages/1", pageOne.selectFirst("link[rel=canonical]").attr("href"));

        given().get("/web/issues/{publication}/2026-04-06/pages/2", ReferencePage.publication(tag))
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:herald:problem:issue-not-found"))
                .body("detail", containsString("page 2"));
        given().get("/web/issues/{publication}/2026-04-06/pages/{page}", ReferencePage.publication(tag), "第一版")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:herald:problem:invalid-parameter"))
                .body("errors[0].field", equalTo("page"));
        given().get("/web/issues/{publication}/2026-04-06/pages/0", ReferencePage.publication(tag))
                .then().statusCode(400).body("errors[0].field", equalTo("page"));
        given().get("/web/issues/{publication}/2026-13-06", ReferencePage.publication(tag))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("date"))
                .body("detail", containsString("2026-13-06"));
        given().get("/web/issues/{publication}/2026-04-07", ReferencePage.publication(tag))
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:herald:problem:issue-not-found"));
    }

    @Test
    void rssListsTheItemsWithPermalinksEnglishRfc822DatesAndAuthors() throws IOException {
        String newest = "newest";
        kafka.submit(ReferencePage.item(ReferencePage.FORUM, tag, newest, json -> json.put("versionCreated",
                Instant.now().toString())));
        awaitStatus(200, "/web/articles/{id}", id(newest));
        String rss = given().get("/feeds/rss.xml").then().statusCode(200)
                .contentType(containsString("application/rss+xml")).extract().asString();
        Document feed = xml(rss);

        assertEquals("2.0", feed.selectFirst("rss").attr("version"));
        Element channel = feed.selectFirst("rss > channel");
        assertEquals(ReferencePage.publication(tag), channel.selectFirst("> title").text(),
                "the site is named after the paper of the newest article");
        assertEquals(ReferencePage.publication(tag) + " 最新稿件", channel.selectFirst("> description").text());
        assertEquals("zh-cn", channel.selectFirst("> language").text());
        assertEquals(BASE + "/feeds/rss.xml", channel.selectFirst("> atom|link[rel=self]").attr("href"));
        assertTrue(channel.selectFirst("> lastBuildDate").text().matches("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} \\+0800"));
        Map<String, Element> items = byText(channel.select("> item"), "guid");
        Element forum = items.get(url(ReferencePage.FORUM));
        assertEquals("true", forum.selectFirst("guid").attr("isPermaLink"));
        assertEquals(url(ReferencePage.FORUM), forum.selectFirst("link").text());
        assertEquals("2026中关村论坛年会集中发布21项重大科技成果", forum.selectFirst("title").text());
        assertEquals("张伟", forum.selectFirst("dc|creator").text());
        assertEquals(FeedDates.rfc822(created), forum.selectFirst("pubDate").text());
        assertTrue(forum.selectFirst("pubDate").text().endsWith(" +0800"));
        assertTrue(forum.selectFirst("description").text().startsWith("3月29日,2026中关村论坛年会"));
        assertEquals("刘甲", items.get(url(ReferencePage.PHOTO)).selectFirst("dc|creator").text());
        assertEquals("姚雯", items.get(url(ReferencePage.SYMPOSIUM)).selectFirst("dc|creator").text());
    }

    @Test
    void atomListsTheItemsWithUrlIdsRfc3339DatesAndAuthors() throws IOException {
        Document feed = xml(given().get("/feeds/atom.xml").then().statusCode(200)
                .contentType(containsString("application/atom+xml")).extract().asString());

        Element root = feed.selectFirst("feed");
        assertEquals("http://www.w3.org/2005/Atom", root.attr("xmlns"));
        assertEquals("zh-cn", root.attr("xml:lang"));
        assertEquals(BASE + "/feeds/atom.xml", root.selectFirst("> id").text());
        assertEquals(BASE + "/feeds/atom.xml", root.selectFirst("> link[rel=self]").attr("href"));
        assertTrue(root.selectFirst("> updated").text().endsWith("+08:00"));
        Map<String, Element> entries = byText(root.select("> entry"), "id");
        Element symposium = entries.get(url(ReferencePage.SYMPOSIUM));
        assertEquals("2026年全国工业和信息化科技创新和产业创新融合发展工作座谈会召开", symposium.selectFirst("title").text());
        assertEquals(url(ReferencePage.SYMPOSIUM), symposium.selectFirst("link[rel=alternate]").attr("href"));
        assertEquals(createdIso, symposium.selectFirst("published").text());
        assertEquals(createdIso, symposium.selectFirst("updated").text());
        assertEquals("姚雯", symposium.selectFirst("author > name").text());
        assertEquals("text", symposium.selectFirst("summary").attr("type"));
        assertTrue(symposium.selectFirst("summary").text().startsWith("4月2-3日"));
        assertEquals(3, entries.keySet().stream().filter(id -> id.endsWith("-" + tag)).count());
    }

    @Test
    void newsSitemapListsTheItemsWithPublicationLanguageDateAndTitle() throws IOException {
        Document sitemap = xml(given().get("/sitemap-news.xml").then().statusCode(200)
                .contentType(containsString("application/xml")).extract().asString());

        Map<String, Element> urls = byText(sitemap.select("urlset > url"), "loc");
        Element photo = urls.get(url(ReferencePage.PHOTO));
        assertEquals(ReferencePage.publication(tag), photo.selectFirst("news|publication > news|name").text());
        assertEquals("zh-cn", photo.selectFirst("news|publication > news|language").text());
        assertEquals(createdIso, photo.selectFirst("news|publication_date").text());
        assertEquals("“奋楫号”盾构机下线现场", photo.selectFirst("news|title").text());
        assertTrue(urls.containsKey(url(ReferencePage.FORUM)) && urls.containsKey(url(ReferencePage.SYMPOSIUM)));
    }

    @Test
    void sitemapLeavesOutArticlesOlderThanTwoDays() throws IOException {
        String old = "old";
        ArticleSubmitted oldItem = ReferencePage.item(ReferencePage.FORUM, tag, old, json -> {
            json.put("firstCreated", Instant.now().minus(3, ChronoUnit.DAYS).toString());
            json.put("versionCreated", Instant.now().toString());
        });
        kafka.submit(oldItem);
        awaitStatus(200, "/web/articles/{id}", oldItem.articleId());

        Document sitemap = xml(given().get("/sitemap-news.xml").then().statusCode(200).extract().asString());
        Document rss = xml(given().get("/feeds/rss.xml").then().statusCode(200).extract().asString());

        assertFalse(byText(sitemap.select("urlset > url"), "loc").containsKey(url(old)));
        assertTrue(byText(rss.select("item"), "guid").containsKey(url(old)), "the feeds list it: it changed just now");
    }

    @Test
    void theFeedsLinkToTheHomePageWhichListsTheNewestArticlesUnderTheSiteName() throws IOException {
        Element channel = xml(given().get("/feeds/rss.xml").then().statusCode(200).extract().asString())
                .selectFirst("rss > channel");
        Element atom = xml(given().get("/feeds/atom.xml").then().statusCode(200).extract().asString())
                .selectFirst("feed");
        String link = channel.selectFirst("> link").text();
        assertEquals(BASE + "/", link);
        assertEquals(link, atom.selectFirst("> link[rel=alternate]").attr("href"));

        Document home = html(given().get(link.substring(BASE.length())).then().statusCode(200)
                .contentType("text/html;charset=UTF-8").extract().asString());
        String siteName = channel.selectFirst("> title").text();
        assertEquals(siteName, home.title());
        assertEquals(siteName, atom.selectFirst("> title").text());
        assertEquals(siteName, home.selectFirst(".masthead .paper").text());
        assertEquals(siteName, meta(home, "og:site_name"));
        assertEquals(BASE + "/feeds/rss.xml", home.selectFirst("link[rel=alternate][type=application/rss+xml]").attr("href"));
        Element symposium = home.select("article.item").stream()
                .filter(item -> item.selectFirst("h3 a").attr("href").equals(url(ReferencePage.SYMPOSIUM)))
                .findFirst().orElseThrow();
        assertEquals("2026年全国工业和信息化科技创新和产业创新融合发展工作座谈会召开", symposium.selectFirst("h3").text());
        assertEquals("召开", symposium.selectFirst("h3 span.nowrap").text());
        assertEquals("本报讯（记者 姚雯）", symposium.selectFirst(".byline").text());
    }

    @Test
    void anIssueWithoutContentsEntriesHasNo导读Column() {
        String bare = tag + "-bare";
        for (String item : List.of(ReferencePage.SYMPOSIUM, ReferencePage.FORUM)) {
            kafka.submit(ReferencePage.item(item, bare, item, json -> json.remove("related")));
        }
        awaitStatus(200, "/web/articles/{id}", ReferencePage.articleId(ReferencePage.FORUM, bare));
        awaitStatus(200, "/web/articles/{id}", ReferencePage.articleId(ReferencePage.SYMPOSIUM, bare));

        Document front = html(given().get("/web/issues/{publication}/2026-04-06", ReferencePage.publication(bare))
                .then().statusCode(200).extract().asString());
        assertEquals(2, front.select("section.page article.item").size());
        assertTrue(front.select("aside, .contents").isEmpty(), "no 本期导读 without entries");
        assertFalse(front.html().contains("本期导读"));
        assertEquals("issue", front.selectFirst("main").className(), "one column: no room kept for it");
    }

    private String id(String item) {
        return ReferencePage.articleId(item, tag);
    }

    private String url(String item) {
        return BASE + "/web/articles/" + id(item);
    }

    private String issueUrl() {
        return BASE + "/web/issues/" + WebPages.segment(ReferencePage.publication(tag)) + "/2026-04-06";
    }

    /** The elements keyed by the text of their child {@code child}. */
    private static Map<String, Element> byText(List<Element> elements, String child) {
        return elements.stream().collect(Collectors.toMap(e -> e.selectFirst(child).text(), e -> e,
                (a, b) -> a));
    }
}
