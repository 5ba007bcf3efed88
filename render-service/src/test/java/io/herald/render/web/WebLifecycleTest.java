package io.herald.render.web;

import static io.herald.render.web.WebPages.awaitStatus;
import static io.herald.render.web.WebPages.html;
import static io.herald.render.web.WebPages.xml;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.herald.events.ArticleSubmitted;
import io.herald.events.testing.ReferencePage;
import io.herald.render.RenderServiceTest;
import io.herald.render.store.ProcessedEventRepository;
import io.herald.render.store.RenditionRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Revisions, kills, withheld articles and embargoes as readers of the web pages, feeds and sitemap see them. */
@QuarkusTest
@RealBrokerAndDatabase
class WebLifecycleTest extends RenderServiceTest {

    @Inject
    RenditionRepository renditions;

    @Inject
    ProcessedEventRepository processedEvents;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final Instant created = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Test
    void aKillMakesThePageGoneAndTakesItOffTheIssueFeedsAndSitemap() throws IOException {
        ArticleSubmitted forum = item(ReferencePage.FORUM, 1, "usable", null);
        kafka.submit(forum);
        kafka.submit(item(ReferencePage.SYMPOSIUM, 1, "usable", null));
        awaitStatus(200, "/web/articles/{id}", forum.articleId());
        awaitStatus(200, "/web/articles/{id}", id(ReferencePage.SYMPOSIUM));
        assertTrue(listed(forum.articleId()), "listed everywhere before the kill");

        kafka.submit(item(ReferencePage.FORUM, 2, "canceled", null));

        awaitStatus(410, "/web/articles/{id}", forum.articleId());
        given().get("/web/articles/{id}", forum.articleId()).then().statusCode(410)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:herald:problem:gone"))
                .body("status", equalTo(410))
                .body("detail", containsString(forum.articleId()));
        assertFalse(listed(forum.articleId()), "gone from issue, feeds and sitemap");
        String front = given().get("/web/issues/{publication}/2026-04-06", ReferencePage.publication(tag))
                .then().statusCode(200).extract().asString();
        assertTrue(front.contains(id(ReferencePage.SYMPOSIUM)), "the issue's other article stays");
    }

    @Test
    void aWithheldArticleIsNotFoundAndListedNowhere() throws IOException {
        ArticleSubmitted withheld = item(ReferencePage.FORUM, 1, "withheld", null);
        kafka.submit(withheld);

        awaitStatus(404, "/web/articles/{id}", withheld.articleId());
        awaitRendered(withheld.articleId());
        given().get("/web/articles/{id}", withheld.articleId()).then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:herald:problem:article-not-found"))
                .body("detail", containsString("not published"));
        assertFalse(listed(withheld.articleId()));
        given().get("/web/issues/{publication}/2026-04-06", ReferencePage.publication(tag)).then().statusCode(404);
    }

    @Test
    void anEmbargoedArticleShowsOnceItsEmbargoPassesWithoutAnyJob() throws IOException {
        ArticleSubmitted later = item(ReferencePage.FORUM, 1, "usable", Instant.parse("2099-01-01T00:00:00Z"));
        ArticleSubmitted soon = item(ReferencePage.SYMPOSIUM, 1, "usable", Instant.now().plusSeconds(3));
        kafka.submit(later);
        kafka.submit(soon);
        awaitRendered(later.articleId());

        given().get("/web/articles/{id}", later.articleId()).then().statusCode(404)
                .body("type", equalTo("urn:herald:problem:article-not-found"));
        assertFalse(listed(later.articleId()));

        awaitStatus(200, "/web/articles/{id}", soon.articleId());
        assertTrue(listed(soon.articleId()), "listed once the embargo passed");
        assertFalse(listed(later.articleId()));
    }

    @Test
    void aNewerRevisionRerendersAndALateOlderOneChangesNothing() {
        String revised = "中关村论坛年会发布21项重大成果(更新)";
        kafka.submit(item(ReferencePage.FORUM, 1, "usable", null, null));
        awaitStatus(200, "/web/articles/{id}", id(ReferencePage.FORUM));
        kafka.submit(item(ReferencePage.FORUM, 2, "usable", null, revised));
        await().atMost(Duration.ofSeconds(30)).until(() -> headline().equals(revised));

        String late = kafka.submit(item(ReferencePage.FORUM, 1, "usable", null, "迟到的旧版标题"));
        await().atMost(Duration.ofSeconds(30)).until(() -> inTransaction(() -> processedEvents.findById(late) != null));

        assertEquals(revised, headline());
        String front = given().get("/web/issues/{publication}/2026-04-06", ReferencePage.publication(tag))
                .then().statusCode(200).extract().asString();
        assertEquals(List.of(revised), html(front).select("article.item h3").eachText());
        String rss = given().get("/feeds/rss.xml").then().statusCode(200).extract().asString();
        assertTrue(rss.contains("<title>" + revised + "</title>") && !rss.contains("迟到的旧版标题"));
    }

    private String headline() {
        return html(given().get("/web/articles/{id}", id(ReferencePage.FORUM)).then().extract().asString())
                .selectFirst("h1").text();
    }

    private void awaitRendered(String articleId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> inTransaction(() -> renditions.findById(articleId) != null));
    }

    private static <T> T inTransaction(Callable<T> work) {
        return QuarkusTransaction.requiringNew().call(work);
    }

    /** Whether the article is on its issue's front page, in both feeds and in the sitemap. */
    private boolean listed(String articleId) throws IOException {
        String url = "https://news.example.test/web/articles/" + articleId;
        var issue = given().get("/web/issues/{publication}/2026-04-06", ReferencePage.publication(tag));
        boolean inIssue = issue.statusCode() == 200 && html(issue.asString()).select("article.item h3 a")
                .eachAttr("href").contains(url);
        boolean inRss = xml(given().get("/feeds/rss.xml").asString()).select("item > guid").eachText().contains(url);
        boolean inAtom = xml(given().get("/feeds/atom.xml").asString()).select("entry > id").eachText().contains(url);
        boolean inSitemap = xml(given().get("/sitemap-news.xml").asString()).select("url > loc").eachText().contains(url);
        assertEquals(inIssue, inRss, "issue and RSS agree");
        assertEquals(inIssue, inAtom, "issue and Atom agree");
        assertEquals(inIssue, inSitemap, "issue and sitemap agree");
        return inIssue;
    }

    private String id(String item) {
        return ReferencePage.articleId(item, tag);
    }

    private ArticleSubmitted item(String item, int revision, String pubStatus, Instant embargoUntil) {
        return item(item, revision, pubStatus, embargoUntil, null);
    }

    private ArticleSubmitted item(String item, int revision, String pubStatus, Instant embargoUntil, String headline) {
        return ReferencePage.item(item, tag, item, json -> {
            json.put("revision", revision);
            json.put("pubStatus", pubStatus);
            json.put("firstCreated", created.toString());
            json.put("versionCreated", created.plusSeconds(revision).toString());
            if (embargoUntil != null) {
                json.put("embargoUntil", embargoUntil.toString());
            }
            if (headline != null) {
                json.put("headline", headline);
            }
        });
    }
}
