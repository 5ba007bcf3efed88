package io.herald.render.web;

import static io.herald.render.web.WebPages.awaitStatus;
import static io.herald.render.web.WebPages.html;
import static io.herald.render.web.WebPages.jsonLd;
import static io.herald.render.web.WebPages.meta;
import static io.herald.render.web.WebPages.xml;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.herald.events.testing.ReferencePage;
import io.herald.render.RenderServiceTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** A configured {@code herald.render.web.site-name} names the site everywhere instead of the publication. */
@QuarkusTest
@RealBrokerAndDatabase
@TestProfile(ConfiguredSiteNameTest.Configured.class)
class ConfiguredSiteNameTest extends RenderServiceTest {

    private static final String SITE = "高新技术产业导报网";

    /** The site name an operator sets. */
    public static class Configured implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("herald.render.web.site-name", SITE);
        }
    }

    @Test
    void theConfiguredNameIsShownOnPagesFeedsAndProblemPagesThePublicationStaysThePublisher() throws IOException {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        kafka.submit(ReferencePage.item(ReferencePage.FORUM, tag));
        String id = ReferencePage.articleId(ReferencePage.FORUM, tag);
        Document page = html(awaitStatus(200, "/web/articles/{id}", id));

        assertEquals(SITE, meta(page, "og:site_name"));
        assertEquals(SITE, page.selectFirst(".site-bar .site-name").text());
        assertEquals("2026中关村论坛年会集中发布21项重大科技成果 - " + SITE, page.title());
        assertEquals(SITE + " · " + ReferencePage.publication(tag), page.selectFirst(".site-footer .colophon").text());
        assertEquals(ReferencePage.publication(tag), jsonLd(page).at("/publisher/name").asText());

        Document front = html(given().get("/web/issues/{publication}/2026-04-06", ReferencePage.publication(tag))
                .then().statusCode(200).extract().asString());
        assertEquals(SITE, meta(front, "og:site_name"));
        assertEquals(SITE, xml(given().get("/feeds/rss.xml").then().statusCode(200).extract().asString())
                .selectFirst("rss > channel > title").text());
        assertEquals(SITE, xml(given().get("/feeds/atom.xml").then().statusCode(200).extract().asString())
                .selectFirst("feed > title").text());
        assertEquals(SITE, html(given().get("/").then().statusCode(200).extract().asString()).title());
        Document missing = html(given().accept("text/html").get("/web/articles/{id}", "demo:never-submitted")
                .then().statusCode(404).extract().asString());
        assertEquals("未找到文章 - " + SITE, missing.title());
        assertEquals("返回" + SITE + "首页", missing.selectFirst("main a").text());
    }
}
