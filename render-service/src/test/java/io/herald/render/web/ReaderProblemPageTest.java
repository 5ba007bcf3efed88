package io.herald.render.web;

import static io.herald.render.web.WebPages.awaitStatus;
import static io.herald.render.web.WebPages.html;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.herald.events.PubStatus;
import io.herald.render.RenderServiceTest;
import io.herald.render.SampleArticles;
import io.quarkus.test.junit.QuarkusTest;

/** A browser is shown a page in Chinese for a missing or withdrawn article; programs keep the problem JSON. */
@QuarkusTest
@RealBrokerAndDatabase
class ReaderProblemPageTest extends RenderServiceTest {

    /** What a browser asks for when following a link. */
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final String HOME = "https://news.example.test/";

    @Test
    void aBrowserIsToldInChineseThatAKilledArticleWasWithdrawnProgramsGetTheProblem() {
        String id = SampleArticles.newArticleId("withdrawn-page");
        kafka.submit(SampleArticles.firstArticle(id, 1));
        kafka.submit(SampleArticles.article(id, 2, PubStatus.CANCELED, SampleArticles.HEADLINE, List.of()));
        awaitStatus(410, "/web/articles/{id}", id);

        Document page = html(given().accept(BROWSER).get("/web/articles/{id}", id)
                .then().statusCode(410).contentType("text/html;charset=UTF-8").extract().asString());
        assertEquals("文章已撤回", page.selectFirst("h1").text());
        assertEquals(HOME, page.selectFirst("main a").attr("href"));

        given().get("/web/articles/{id}", id)
                .then().statusCode(410).contentType("application/problem+json")
                .body("type", equalTo("urn:herald:problem:gone"));
        given().accept("*/*").get("/web/articles/{id}", id)
                .then().statusCode(410).contentType("application/problem+json");
        given().accept("application/json").get("/wechat/articles/{id}", id)
                .then().statusCode(410).contentType("application/problem+json")
                .body("type", equalTo("urn:herald:problem:gone"))
                .body("instance", equalTo("/wechat/articles/" + WebPages.segment(id)));
    }

    @Test
    void aBrowserIsToldInChineseThatAnUnknownArticleIsNotFoundProgramsGetTheProblem() {
        Document page = html(given().accept(BROWSER).get("/web/articles/{id}", "demo:never-submitted")
                .then().statusCode(404).contentType("text/html;charset=UTF-8").extract().asString());
        assertEquals("未找到文章", page.selectFirst("h1").text());
        assertEquals(HOME, page.selectFirst("main a").attr("href"));

        given().get("/web/articles/{id}", "demo:never-submitted")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:herald:problem:article-not-found"));
        given().accept("application/json").get("/wechat/articles/{id}", "demo:never-submitted")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("demo:never-submitted"));
    }

    @Test
    void aBadParameterStaysAProblemForABrowserToo() {
        given().accept(BROWSER).get("/web/issues/{publication}/{date}", "中国高新技术产业导报", "2026-13-06")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:herald:problem:invalid-parameter"));
    }
}
