package io.herald.ingest.api;

import static io.herald.ingest.formats.superdesk.SuperdeskFixtures.randomJpeg;
import static io.herald.ingest.formats.superdesk.SuperdeskFixtures.sha256;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.herald.events.ArticleSubmitted;
import io.herald.events.BodyBlock;
import io.herald.ingest.Credentials;
import io.herald.ingest.SubmittedEvents;
import io.herald.ingest.formats.superdesk.SuperdeskFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** Superdesk's HTTP push as a Superdesk subscriber sends it: signed asset uploads and checks, then the item. */
@QuarkusTest
@RealBrokerAndDatabase
class SuperdeskPushTest {

    private static final String BOUNDARY = "superdesk-test-boundary";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;


    @Test
    void uploadedAssetIsKnownUnderItsMediaIdAndServedUnderItsHash() {
        String mediaId = mediaId();
        byte[] picture = randomJpeg();
        String sha256 = sha256(picture);

        upload(mediaId, picture).statusCode(201)
                .header("Location", "http://localhost:8081/assets/" + sha256)
                .body("sha256", equalTo(sha256))
                .body("url", equalTo("http://localhost:8081/assets/" + sha256));

        given().when().get("/superdesk/assets/" + mediaId).then().statusCode(200).body("stored", equalTo(true));
        byte[] served = given().when().get("/assets/" + sha256).then().statusCode(200).contentType("image/jpeg")
                .header("Cache-Control", equalTo("public, max-age=31536000, immutable"))
                .extract().asByteArray();
        assertArrayEquals(picture, served);
    }

    @Test
    void sameBytesUnderTwoMediaIdsAreStoredOnce() {
        byte[] picture = randomJpeg();

        String first = upload(mediaId(), picture).statusCode(201).extract().path("sha256");
        String second = upload(mediaId(), picture).statusCode(201).extract().path("sha256");

        assertEquals(first, second);
    }

    @Test
    void theSameUploadAgainIsAnsweredAgainNotRefused() {
        String mediaId = mediaId();
        byte[] picture = randomJpeg();

        String first = upload(mediaId, picture).statusCode(201).extract().path("sha256");
        String again = upload(mediaId, picture).statusCode(201).extract().path("sha256");

        assertEquals(first, again);
    }

    @Test
    void unknownAssetsAre404() {
        given().when().get("/superdesk/assets/" + mediaId()).then().statusCode(404).contentType("application/problem+json");
        given().when().get("/assets/" + "0".repeat(64)).then().statusCode(404);
        given().when().get("/assets/not-a-hash").then().statusCode(404);
    }

    @Test
    void uploadWithoutMediaIdIsA400() {
        byte[] body = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--" + BOUNDARY
                + "--\r\n").getBytes(StandardCharsets.UTF_8);
        signed(body).contentType("multipart/form-data; boundary=" + BOUNDARY).body(body)
                .when().post("/superdesk/assets")
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("media", "media_id")));
    }

    @Test
    void aNulCharacterInAMediaIdIsA400NamingIt() {
        upload("a\u0000b.jpg", randomJpeg()).statusCode(400)
                .body("errors.field", equalTo(List.of("media_id")));
        given().urlEncodingEnabled(false).when().get("/superdesk/assets/a%00b.jpg")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:herald:problem:invalid-parameter"))
                .body("errors.field", equalTo(List.of("media_id")))
                .body("errors.rule", equalTo(List.of("must not contain NUL characters")));
    }

    @Test
    void pushedItemReferencesTheUploadedPictureAtHerald() {
        String mediaId = mediaId();
        String sha256 = upload(mediaId, randomJpeg()).statusCode(201).extract().path("sha256");
        String guid = "urn:newsml:superdesk.example:" + UUID.randomUUID();
        byte[] item = SuperdeskFixtures.item(guid, mediaId).toString().getBytes(StandardCharsets.UTF_8);

        signed(item).contentType(ContentType.JSON).body(item)
                .when().post("/superdesk/items")
                .then().statusCode(202)
                .body("articleId", equalTo("superdesk:" + guid))
                .body("revision", equalTo(2))
                .body("warnings", equalTo(List.of("associations.editor_0: media INLINE_MEDIA was never uploaded to "
                        + "Herald's assets endpoint; published without the picture")));

        ArticleSubmitted article = SubmittedEvents.article(SubmittedEvents.recordsFor(bootstrapServers, "superdesk:" + guid, 1).get(0));
        assertEquals("“奋楫号”盾构机下线", article.headline());
        assertEquals("http://localhost:8081/assets/" + sha256, article.images().get(0).uri());
        assertEquals("刘甲", article.images().get(0).photographer());
        assertEquals(article.images().get(0), article.body().get(0).image());
        assertEquals(BodyBlock.Type.IMAGE, article.body().get(2).type());
        assertEquals(null, article.body().get(2).image().uri(), "never Superdesk's upload-raw URL");
        assertEquals("superdesk", article.source().name());
    }

    @Test
    void wronglySignedPushesAre401AndChangeNothing() {
        String mediaId = mediaId();
        String guid = "urn:newsml:superdesk.example:" + UUID.randomUUID();
        byte[] item = SuperdeskFixtures.item(guid, mediaId).toString().getBytes(StandardCharsets.UTF_8);

        given().header("x-superdesk-signature", Credentials.superdeskSignature("another body".getBytes(StandardCharsets.UTF_8)))
                .contentType(ContentType.JSON).body(item)
                .when().post("/superdesk/items")
                .then().statusCode(401);
        given().header("Authorization", "Bearer " + Credentials.DEMO_API_KEY)
                .contentType(ContentType.JSON).body(item)
                .when().post("/superdesk/items")
                .then().statusCode(401);
    }

    @Test
    void theSamePushAgainGetsTheFirstAnswerAndIsPublishedOnce() {
        String guid = "urn:newsml:superdesk.example:" + UUID.randomUUID();
        byte[] item = SuperdeskFixtures.item(guid, mediaId()).toString().getBytes(StandardCharsets.UTF_8);

        String first = signed(item).contentType(ContentType.JSON).body(item).when().post("/superdesk/items")
                .then().statusCode(202).extract().asString();
        String again = signed(item).contentType(ContentType.JSON).body(item).when().post("/superdesk/items")
                .then().statusCode(202).extract().asString();

        assertEquals(first, again, "Superdesk sends a push again when it got no answer: it gets the same one");
        SubmittedEvents.recordsFor(bootstrapServers, "superdesk:" + guid, 1);
    }

    @Test
    void itemWithoutGuidIsA400NamingIt() {
        var item = SuperdeskFixtures.item("unused", mediaId());
        item.remove("guid");
        byte[] body = item.toString().getBytes(StandardCharsets.UTF_8);

        signed(body).contentType(ContentType.JSON).body(body)
                .when().post("/superdesk/items")
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("guid")));
    }

    private static ValidatableResponse upload(String mediaId, byte[] picture) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"media_id\"\r\n\r\n" + mediaId
                + "\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"media\"; filename=\"picture.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(picture);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        byte[] multipart = body.toByteArray();
        return signed(multipart).contentType("multipart/form-data; boundary=" + BOUNDARY).body(multipart)
                .when().post("/superdesk/assets")
                .then();
    }

    /** A request carrying {@code x-superdesk-signature: sha1=<hex HMAC-SHA1(secret, body)>}. */
    private static RequestSpecification signed(byte[] body) {
        return given().header("x-superdesk-signature", Credentials.superdeskSignature(body));
    }

    private static String mediaId() {
        return "2026040608/" + UUID.randomUUID().toString().replace("-", "") + ".jpg";
    }
}
