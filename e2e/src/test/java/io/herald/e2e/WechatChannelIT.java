package io.herald.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.herald.devstack.HeraldService;
import io.herald.devstack.HeraldStack;
import io.restassured.path.json.JsonPath;

/**
 * The reference page through the whole pipeline to WeChat: ingest → render → wechat-service → the WeChat sandbox,
 * whose demo account publishes. The forum article (no picture of its own: the account's default cover) ends up
 * published, readable at its article URL; the symposium report, whose headline is longer than WeChat's 32
 * characters, is not sent and says why. The paper is renamed for this test, so its articles are its own.
 */
@ExtendWith(RunningStack.class)
class WechatChannelIT {

    private static final String PAGE = "/pages/china-hightech-herald-2026-04-06-p01.md";
    private static final Duration PIPELINE_TIMEOUT = Duration.ofSeconds(90);

    private static HeraldStack stack;

    @BeforeAll
    static void connect(HeraldStack running) {
        stack = running;
    }

    @Test
    void theReferencePagesForumArticleIsPublishedInTheSandboxAndTheTooLongHeadlineIsNotSent() {
        String paper = "导报" + UUID.randomUUID().toString().substring(0, 8);
        String page = TestFiles.text(PAGE).replace("中国高新技术产业导报", paper);
        List<String> ids = new Newsroom(stack).postPage(page, 1)
                .statusCode(202).extract().path("items.articleId");
        String symposium = ids.get(0);
        String forum = ids.get(2);

        JsonPath published = await().atMost(PIPELINE_TIMEOUT).until(() -> channel(forum),
                state -> "published".equals(state.getString("accounts[0].state")));
        assertEquals("demo", published.getString("accounts[0].account"));
        given().when().get(published.getString("accounts[0].articleUrl"))
                .then().statusCode(200)
                .body(containsString("2026中关村论坛年会集中发布21项重大科技成果"));

        JsonPath refused = await().atMost(PIPELINE_TIMEOUT).until(() -> channel(symposium),
                state -> "failed".equals(state.getString("accounts[0].state")));
        assertEquals(true, refused.getString("accounts[0].lastError").contains("32"),
                refused.getString("accounts[0].lastError"));
    }

    /** The channel's state of {@code articleId}, or an empty document until it knows the article. */
    private static JsonPath channel(String articleId) {
        String body = given().baseUri(stack.baseUrl(HeraldService.WECHAT).toString())
                .when().get("/wechat/articles/{id}", articleId).then().extract().asString();
        return JsonPath.from(body.isBlank() ? "{}" : body);
    }
}
