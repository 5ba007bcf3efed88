package io.herald.wechat.sandbox;

import static io.herald.wechat.sandbox.WechatCalls.image;
import static io.herald.wechat.sandbox.WechatCalls.jpegOfSize;
import static io.herald.wechat.sandbox.WechatCalls.upload;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.net.URI;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class MediaTest {

    private String token;

    @BeforeEach
    void reset() {
        WechatCalls.reset();
        token = WechatCalls.token();
    }

    @Test
    void uploadimgAnswersItsUrlAsTextPlainAndServesTheImage() {
        byte[] png = image("png");
        String answer = upload("media/uploadimg", token, png, null)
                .contentType(startsWith("text/plain")).extract().asString();
        String url = JsonPath.from(answer).getString("url");

        byte[] served = given().get(URI.create(url).getPath()).then().statusCode(200)
                .contentType("image/png").extract().asByteArray();
        assertArrayEquals(png, served);
    }

    @Test
    void uploadimgTakesJpgAndPngOnly() {
        upload("media/uploadimg", token, image("jpg"), null).body(startsWith("{\"url\":\"http://localhost:8089/"));
        upload("media/uploadimg", token, image("gif"), null).contentType("application/json")
                .body("errcode", equalTo(40005));
        upload("media/uploadimg", token, "not an image".getBytes(), null).body("errcode", equalTo(40005));
    }

    @Test
    void uploadimgTakesImagesUnder1Mb() {
        upload("media/uploadimg", token, jpegOfSize(1024 * 1024 - 1), null).body(startsWith("{\"url\""));
        upload("media/uploadimg", token, jpegOfSize(1024 * 1024), null).body("errcode", equalTo(40009));
    }

    @Test
    void uploadsWithoutMediaAre41005() {
        given().queryParam("access_token", token).multiPart("other", "x").post("/cgi-bin/media/uploadimg").then()
                .statusCode(200).body("errcode", equalTo(41005));
    }

    @Test
    void uploadsNeedAValidToken() {
        upload("media/uploadimg", "stale", image("png"), null).body("errcode", equalTo(40001));
    }

    @Test
    void addMaterialKeepsAPermanentImage() {
        upload("material/add_material", token, image("gif"), "image")
                .contentType("application/json")
                .body("media_id", matchesPattern("[0-9a-f]{48}"))
                .body("url", startsWith("http://localhost:8089/mmbiz_img/"));
    }

    @Test
    void addMaterialTakesImagesOfAtMost10Mb() {
        upload("material/add_material", token, jpegOfSize(10 * 1024 * 1024), "image").body("media_id", notNullValue());
        upload("material/add_material", token, jpegOfSize(10 * 1024 * 1024 + 1), "image")
                .body("errcode", equalTo(40009));
    }

    @Test
    void addMaterialKeepsImagesOnly() {
        upload("material/add_material", token, image("png"), "video").body("errcode", equalTo(40004));
        upload("material/add_material", token, "text".getBytes(), "image").body("errcode", equalTo(40005));
    }
}
