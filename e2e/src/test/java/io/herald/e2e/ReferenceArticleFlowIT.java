package io.herald.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.herald.devstack.HeraldService;
import io.herald.devstack.HeraldStack;
import io.restassured.http.ContentType;

/**
 * The first article of the reference page (中国高新技术产业导报 2026-04-06, 01版) travels through the three
 * built services, one real Kafka broker and one real PostgreSQL: ingest → catalog and render.
 */
@ExtendWith(RunningStack.class)
class ReferenceArticleFlowIT {

    private static final String SAMPLE = "/reference-article-p01-symposium.json";
    private static final String ARTICLE_ID = "demo:2026-04-06-p01-symposium";
    private static final String HEADLINE = "2026年全国工业和信息化科技创新和产业创新融合发展工作座谈会召开";
    private static final Duration PIPELINE_TIMEOUT = Duration.ofSeconds(60);

    private static HeraldStack stack;

    @BeforeAll
    static void connect(HeraldStack running) {
        stack = running;
    }

    @Test
    void postedArticleReachesTheCatalogTheWebPageAndTheWechatDraft() {
        given().baseUri(url(HeraldService.INGEST))
                .header("Authorization", "Bearer " + Newsroom.DEMO_KEY)
                .contentType(ContentType.JSON)
                .body(TestFiles.bytes(SAMPLE))
                .when().post("/articles")
                .then().statusCode(202)
                .body("articleId", equalTo(ARTICLE_ID))
                .body("revision", equalTo(1));

        await().atMost(PIPELINE_TIMEOUT).untilAsserted(() -> given().baseUri(url(HeraldService.CATALOG))
                .when().get("/articles/{id}", ARTICLE_ID)
                .then().statusCode(200)
                .body("headline", equalTo(HEADLINE))
                .body("dateline", equalTo("本报讯"))
                .body("byline.name", hasItem("姚雯")));

        await().atMost(PIPELINE_TIMEOUT).untilAsserted(() -> given().baseUri(url(HeraldService.RENDER))
                .when().get("/web/articles/{id}", ARTICLE_ID)
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("lang=\"zh-CN\""))
                .body(containsString(HEADLINE)));

        given().baseUri(url(HeraldService.RENDER))
                .when().get("/wechat/articles/{id}", ARTICLE_ID)
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("title", startsWith(HEADLINE.substring(0, 20)))
                .body("content", containsString("座谈会在苏州市召开"))
                .body("author", equalTo("姚雯"));
    }

    private static String url(HeraldService service) {
        return stack.baseUrl(service).toString();
    }

}
