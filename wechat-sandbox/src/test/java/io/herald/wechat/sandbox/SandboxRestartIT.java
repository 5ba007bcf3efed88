package io.herald.wechat.sandbox;

import static io.herald.wechat.sandbox.WechatCalls.addDraft;
import static io.herald.wechat.sandbox.WechatCalls.article;
import static io.herald.wechat.sandbox.WechatCalls.call;
import static io.herald.wechat.sandbox.WechatCalls.coverMediaId;
import static io.herald.wechat.sandbox.WechatCalls.image;
import static io.herald.wechat.sandbox.WechatCalls.operator;
import static io.herald.wechat.sandbox.WechatCalls.uploadImageUrl;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import io.restassured.RestAssured;

/**
 * The built sandbox on a data directory ({@code herald.wechat-sandbox.data-dir}), killed with SIGKILL and started
 * again on the same directory and port: what it answered before is there after, as a client that stored it expects.
 */
class SandboxRestartIT {

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path scratch;

    private Path data;
    private SandboxProcess sandbox;

    @BeforeEach
    void createSandbox() {
        data = scratch.resolve("data");
        sandbox = new SandboxProcess(data);
    }

    @AfterEach
    void stopSandbox() {
        sandbox.close();
        RestAssured.reset();
    }

    @Test
    void imagesDraftsPublicationsAndDailyCountsSurviveAKill() {
        start();
        String token = WechatCalls.token();
        String picture = uploadImageUrl(token);
        String cover = coverMediaId(token);
        String content = "<p>正文</p><img src=\"" + picture + "\">";
        String kept = addDraft(token, article("草稿", cover, content));
        call("draft/update", token, Map.of("media_id", kept, "index", 0, "articles", article("草稿（修订）", cover, content)))
                .body("errcode", equalTo(0));
        String deleted = addDraft(token, article("删除的草稿", cover, content));
        call("draft/delete", token, Map.of("media_id", deleted)).body("errcode", equalTo(0));
        String published = addDraft(token, article("已发表", cover, content));
        String publishId = call("freepublish/submit", token, Map.of("media_id", published)).extract().path("publish_id");
        String articleId = call("freepublish/get", token, Map.of("publish_id", publishId))
                .body("publish_status", equalTo(0)).extract().path("article_id");

        sandbox.kill();
        start();

        call("draft/count", token, Map.of()).body("errcode", equalTo(40001));
        token = WechatCalls.token();
        call("draft/get", token, Map.of("media_id", kept)).body("news_item[0].title", equalTo("草稿（修订）"))
                .body("news_item[0].content", containsString(picture));
        call("draft/get", token, Map.of("media_id", deleted)).body("errcode", equalTo(40007));
        call("draft/count", token, Map.of()).body("total_count", equalTo(1));
        call("freepublish/get", token, Map.of("publish_id", publishId)).body("publish_status", equalTo(0))
                .body("article_id", equalTo(articleId));
        assertArrayEquals(image("png"), given().get(URI.create(picture).getPath()).then().statusCode(200)
                .contentType("image/png").extract().asByteArray());
        Document page = Jsoup.parse(given().get("/articles/" + articleId).then().statusCode(200).extract().asString());
        assertEquals(picture, page.selectFirst(".content img").attr("src"));
        assertArrayEquals(image("jpg"), given().get(URI.create(page.selectFirst(".cover").attr("src")).getPath())
                .then().statusCode(200).contentType("image/jpeg").extract().asByteArray());

        // 4 of the day's 6 draft/add and freepublish/submit calls were made before the kill
        String another = addDraft(token, article("另一篇", cover, content));
        String nextPublishId = call("freepublish/submit", token, Map.of("media_id", another)).extract().path("publish_id");
        assertTrue(Long.parseLong(nextPublishId) > Long.parseLong(publishId), nextPublishId + " after " + publishId);
        call("draft/add", token, Map.of("articles", List.of(article("超出配额", cover, content))))
                .body("errcode", equalTo(45009));
    }

    @Test
    void anUnreadableStateIsKeptAsideAndTheSandboxStartsEmpty() throws IOException {
        Files.createDirectories(data);
        String unreadable = "{\"format\":1,\"drafts\":[";
        Files.writeString(data.resolve("state.json"), unreadable);

        start();

        assertTrue(sandbox.log().contains("state.json is unreadable"), sandbox.log());
        try (Stream<Path> files = Files.list(data)) {
            Path aside = files.filter(file -> file.getFileName().toString().startsWith("state.json.unreadable-"))
                    .findFirst().orElseThrow();
            assertEquals(unreadable, Files.readString(aside));
        }
        String token = WechatCalls.token();
        call("draft/count", token, Map.of()).body("total_count", equalTo(0));
        String picture = uploadImageUrl(token);
        assertTrue(Files.readString(data.resolve("state.json")).contains(URI.create(picture).getPath()
                .replace("/mmbiz_img/", "")));
    }

    @Test
    void aResetForgetsTheDataDirectoryToo() throws IOException {
        start();
        String token = WechatCalls.token();
        String picture = uploadImageUrl(token);
        addDraft(token, article("草稿", coverMediaId(token), "<p>正文</p>"));
        operator().post("/sandbox/reset").then().statusCode(200);

        sandbox.kill();
        start();

        given().get(URI.create(picture).getPath()).then().statusCode(404);
        call("draft/count", WechatCalls.token(), Map.of()).body("total_count", equalTo(0));
        try (Stream<Path> images = Files.list(data.resolve("images"))) {
            assertEquals(List.of(), images.toList());
        }
    }

    private void start() {
        sandbox.start();
        RestAssured.port = sandbox.port();
    }
}
