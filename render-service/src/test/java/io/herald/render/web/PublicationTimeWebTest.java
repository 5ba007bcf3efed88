package io.herald.render.web;

import static io.herald.render.web.WebPages.awaitStatus;
import static io.herald.render.web.WebPages.html;
import static io.herald.render.web.WebPages.jsonLd;
import static io.herald.render.web.WebPages.meta;
import static io.herald.render.web.WebPages.xml;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.Consumer;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.herald.events.ArticleSubmitted;
import io.herald.events.testing.ReferencePage;
import io.herald.render.RenderServiceTest;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The time readers are shown is the article's publication time, the same on the page, in its {@code <time>}, its
 * JSON-LD and Open Graph tags, the feeds and the news sitemap; the sitemap lists what was published in its window,
 * whenever it was ingested.
 */
@QuarkusTest
@RealBrokerAndDatabase
class PublicationTimeWebTest extends RenderServiceTest {

    private static final String BASE = "https://news.example.test";

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Test
    void aPrintedArticleShowsItsPrintDateAsADayAndEveryPlaceAgrees() throws IOException {
        LocalDate today = LocalDate.now(ArticleFormat.NEWSROOM_ZONE);
        Instant printDay = today.atStartOfDay(ArticleFormat.NEWSROOM_ZONE).toInstant();
        String articleId = submit(ReferencePage.SYMPOSIUM, json -> {
            ((ObjectNode) json.get("publication")).put("issueDate", today.toString());
            json.put("published", printDay.toString());
            json.put("firstCreated", now.minus(1, ChronoUnit.MINUTES).toString());
            json.put("versionCreated", now.minus(1, ChronoUnit.MINUTES).toString());
        });
        String iso = FeedDates.rfc3339(printDay);

        Document page = html(awaitStatus(200, "/web/articles/{id}", articleId));

        Element time = page.selectFirst("main article p.meta time");
        assertEquals(ArticleFormat.newsroomDateText(printDay), time.text(), "a print date is a day, not 00:00");
        assertEquals(today.getYear() + "年" + today.getMonthValue() + "月" + today.getDayOfMonth() + "日", time.text());
        assertEquals(iso, time.attr("datetime"));
        assertNull(page.selectFirst("main article .updated"), "ingesting a page is not a correction");
        assertEquals(iso, jsonLd(page).get("datePublished").asText());
        assertEquals(iso, jsonLd(page).get("dateModified").asText());
        assertEquals(iso, meta(page, "article:published_time"));
        Element listed = sitemapEntry(articleId);
        assertNotNull(listed, "published today");
        assertEquals(iso, listed.selectFirst("news|publication_date").text());
    }

    @Test
    void feedsAndSitemapShowThePublicationTimeNotTheCreationTime() throws IOException {
        Instant published = now.minus(30, ChronoUnit.SECONDS);
        String articleId = submit(ReferencePage.FORUM, json -> {
            json.put("published", published.toString());
            json.put("firstCreated", now.minus(10, ChronoUnit.DAYS).toString());
            json.put("versionCreated", now.minus(10, ChronoUnit.DAYS).toString());
        });
        String url = BASE + "/web/articles/" + articleId;

        Document page = html(awaitStatus(200, "/web/articles/{id}", articleId));
        assertEquals(FeedDates.rfc3339(published), page.selectFirst("main article p.meta time").attr("datetime"));
        assertEquals(ArticleFormat.newsroomText(published), page.selectFirst("main article p.meta time").text());

        Document rss = xml(given().get("/feeds/rss.xml").then().statusCode(200).extract().asString());
        Element item = rss.select("rss > channel > item").stream()
                .filter(candidate -> url.equals(candidate.selectFirst("guid").text())).findFirst().orElseThrow();
        assertEquals(FeedDates.rfc822(published), item.selectFirst("pubDate").text());
        Document atom = xml(given().get("/feeds/atom.xml").then().statusCode(200).extract().asString());
        Element entry = atom.select("feed > entry").stream()
                .filter(candidate -> url.equals(candidate.selectFirst("id").text())).findFirst().orElseThrow();
        assertEquals(FeedDates.rfc3339(published), entry.selectFirst("published").text());
        assertEquals(FeedDates.rfc3339(published), sitemapEntry(articleId).selectFirst("news|publication_date").text(),
                "created ten days ago, published now: in the sitemap");
    }

    @Test
    void anArticleIngestedNowButPublishedLongAgoIsNotInTheNewsSitemap() throws IOException {
        String articleId = submit(ReferencePage.PHOTO, json -> {
            json.put("published", now.minus(10, ChronoUnit.DAYS).toString());
            json.put("firstCreated", now.minus(1, ChronoUnit.MINUTES).toString());
            json.put("versionCreated", now.minus(1, ChronoUnit.MINUTES).toString());
        });
        awaitStatus(200, "/web/articles/{id}", articleId);

        assertNull(sitemapEntry(articleId), "published ten days ago, outside the sitemap's two days");
        assertFalse(given().get("/sitemap-news.xml").then().statusCode(200).extract().asString().isEmpty());
    }

    private String submit(String item, Consumer<ObjectNode> change) {
        ArticleSubmitted article = ReferencePage.item(item, tag, item, change);
        kafka.submit(article);
        return article.articleId();
    }

    private static Element sitemapEntry(String articleId) throws IOException {
        Document sitemap = xml(given().get("/sitemap-news.xml").then().statusCode(200).extract().asString());
        return sitemap.select("urlset > url").stream()
                .filter(url -> url.selectFirst("loc").text().equals(BASE + "/web/articles/" + articleId))
                .findFirst().orElse(null);
    }
}
