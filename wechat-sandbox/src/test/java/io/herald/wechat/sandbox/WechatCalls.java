package io.herald.wechat.sandbox;

import static io.restassured.RestAssured.given;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import java.awt.image.BufferedImage;
import javax.imageio.ImageIO;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** WeChat calls as a client makes them, against the sandbox under test; images are drawn here, not read from disk. */
public final class WechatCalls {

    public static final String APP_ID = "wx0000000000demo0";
    public static final String SECRET = "demo-app-secret";

    private WechatCalls() {
    }

    /** The operator key of the switches ({@code %test.herald.wechat-sandbox.operator-key}). */
    public static final String OPERATOR_KEY = "test-operator-key";

    /** A request to the switches ({@code /sandbox/…}), with the operator key. */
    public static RequestSpecification operator() {
        return given().auth().oauth2(OPERATOR_KEY);
    }

    public static void reset() {
        operator().post("/sandbox/reset").then().statusCode(200);
    }

    public static ValidatableResponse stableToken(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/cgi-bin/stable_token").then().statusCode(200);
    }

    public static String token() {
        return stableToken(Map.of("grant_type", "client_credential", "appid", APP_ID, "secret", SECRET))
                .extract().path("access_token");
    }

    /** POSTs a JSON body to a WeChat path with the token; WeChat answers HTTP 200 whatever happens. */
    public static ValidatableResponse call(String path, String token, Object body) {
        return given().contentType(ContentType.JSON).queryParam("access_token", token).body(body)
                .post("/cgi-bin/" + path).then().statusCode(200);
    }

    public static ValidatableResponse upload(String path, String token, byte[] bytes, String type) {
        var request = given().queryParam("access_token", token).multiPart("media", "picture", bytes);
        if (type != null) {
            request = request.queryParam("type", type);
        }
        return request.post("/cgi-bin/" + path).then().statusCode(200);
    }

    public static String uploadImageUrl(String token) {
        String answer = upload("media/uploadimg", token, image("png"), null).extract().asString();
        return io.restassured.path.json.JsonPath.from(answer).getString("url");
    }

    public static String coverMediaId(String token) {
        return upload("material/add_material", token, image("jpg"), "image").extract().path("media_id");
    }

    /** A draft article of Herald's shape with the given title, a cover and the given content. */
    public static Map<String, Object> article(String title, String thumbMediaId, String content) {
        return Map.of("title", title, "author", "新华社记者", "digest", "摘要：论坛在北京开幕。",
                "content", content, "content_source_url", "https://news.example.test/articles/a-1",
                "thumb_media_id", thumbMediaId, "need_open_comment", 0, "only_fans_can_comment", 0,
                "herald_thumb_url", "https://images.example.test/lead.jpg");
    }

    public static String addDraft(String token, Map<String, Object> article) {
        return call("draft/add", token, Map.of("articles", List.of(article))).extract().path("media_id");
    }

    /** A small real image in {@code format} (png, jpg, gif), drawn with ImageIO. */
    public static byte[] image(String format) {
        BufferedImage image = new BufferedImage(8, 6, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0x2080c0);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JPEG header followed by {@code size} bytes in all: the sandbox, like WeChat, measures the file. */
    public static byte[] jpegOfSize(int size) {
        byte[] bytes = new byte[size];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;
        return bytes;
    }
}
