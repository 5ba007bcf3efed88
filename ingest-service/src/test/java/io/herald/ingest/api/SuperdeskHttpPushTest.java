package io.herald.ingest.api;

import static io.herald.ingest.formats.superdesk.SuperdeskFixtures.randomJpeg;
import static io.herald.ingest.formats.superdesk.SuperdeskFixtures.sha256;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.herald.events.ArticleSubmitted;
import io.herald.events.BodyBlock;
import io.herald.events.Image;
import io.herald.events.InlineRun;
import io.herald.events.InlineRun.Mark;
import io.herald.ingest.ArticleFixtures;
import io.herald.ingest.SubmittedEvents;
import io.herald.ingest.formats.superdesk.HttpPushTransmitter;
import io.herald.ingest.formats.superdesk.SuperdeskFixtures;
import io.herald.service.problem.Problem;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A story with pictures published by Superdesk's HTTP push transmitter, replayed request by request
 * ({@link HttpPushTransmitter}): unsigned asset checks, signed multipart uploads under media ids with slashes, the
 * signed item; then the event on Kafka references Herald's copies of the pictures.
 */
@QuarkusTest
@RealBrokerAndDatabase
class SuperdeskHttpPushTest {

    private static final String ASSETS = "/superdesk/assets";
    private static final String ITEMS = "/superdesk/items";

    @TestHTTPResource(ITEMS)
    URL resourceUrl;

    @TestHTTPResource(ASSETS)
    URL assetsUrl;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void storyWithPicturesUnderSlashedMediaIdsArrivesReferencingHeraldsCopies() {
        String feature = "2026/04/" + UUID.randomUUID();
        String inline = "20260406120000/" + UUID.randomUUID() + ".jpg";
        byte[] original = randomJpeg();
        byte[] thumbnail = randomJpeg();
        byte[] inlinePicture = randomJpeg();
        HttpPushTransmitter superdesk = new HttpPushTransmitter(resourceUrl.toString(), assetsUrl.toString(),
                Map.of(feature, original, feature + "-thumb", thumbnail, inline, inlinePicture));
        String guid = "urn:newsml:superdesk.example:" + UUID.randomUUID();
        ObjectNode item = SuperdeskFixtures.item(guid, feature, inline);

        superdesk.transmit(item);

        assertEquals(List.of(
                "GET " + ASSETS + "/" + inline + " -> 404", "POST " + ASSETS + " -> 201",
                "GET " + ASSETS + "/" + feature + "-thumb -> 404", "POST " + ASSETS + " -> 201",
                "GET " + ASSETS + "/" + feature + " -> 404", "POST " + ASSETS + " -> 201",
                "POST " + ITEMS + " -> 202"), superdesk.log());
        ArticleSubmitted article = SubmittedEvents.article(
                SubmittedEvents.recordsFor(bootstrapServers, "superdesk:" + guid, 1).get(0));
        assertEquals("http://localhost:8081/assets/" + sha256(original), article.images().get(0).uri());
        assertEquals(article.images().get(0), article.body().get(0).image(), "the feature picture leads the body");
        assertEquals(BodyBlock.Type.IMAGE, article.body().get(2).type());
        assertEquals("http://localhost:8081/assets/" + sha256(inlinePicture), article.body().get(2).image().uri());
        assertArrayEquals(original, given().when().get("/assets/" + sha256(original))
                .then().statusCode(200).contentType("image/jpeg").extract().asByteArray());
    }

    @Test
    void correctedStoryFindsItsPicturesStoredAndUploadsNothing() {
        String feature = "2026/04/" + UUID.randomUUID();
        String inline = "2026/04/" + UUID.randomUUID() + ".jpg";
        HttpPushTransmitter superdesk = new HttpPushTransmitter(resourceUrl.toString(), assetsUrl.toString(),
                Map.of(feature, randomJpeg(), feature + "-thumb", randomJpeg(), inline, randomJpeg()));
        String guid = "urn:newsml:superdesk.example:" + UUID.randomUUID();
        superdesk.transmit(SuperdeskFixtures.item(guid, feature, inline));
        int firstPublish = superdesk.log().size();

        superdesk.transmit(SuperdeskFixtures.item(guid, feature, inline).put("version", "3").put("headline", "更正"));

        assertEquals(List.of(
                "GET " + ASSETS + "/" + inline + " -> 200",
                "GET " + ASSETS + "/" + feature + "-thumb -> 200",
                "GET " + ASSETS + "/" + feature + " -> 200",
                "POST " + ITEMS + " -> 202"), superdesk.log().subList(firstPublish, superdesk.log().size()));
        List<ArticleSubmitted> revisions = SubmittedEvents.recordsFor(bootstrapServers, "superdesk:" + guid, 2).stream()
                .map(SubmittedEvents::article).toList();
        assertEquals("更正", revisions.get(1).headline());
        assertEquals(revisions.get(0).images(), revisions.get(1).images());
    }

    @Test
    void storyWithMarkupArrivesWithRunsAndItsFeaturePictureOnceAndFirst() throws Exception {
        String feature = "2026/04/" + UUID.randomUUID();
        String inline = "2026/04/" + UUID.randomUUID();
        Map<String, byte[]> storage = new HashMap<>();
        for (String media : List.of(feature, inline)) {
            for (String rendition : List.of(".jpg", "-base.jpg", "-thumb.jpg")) {
                storage.put(media + rendition, randomJpeg());
            }
        }
        HttpPushTransmitter superdesk = new HttpPushTransmitter(resourceUrl.toString(), assetsUrl.toString(), storage);
        String guid = "urn:newsml:sd.example:" + UUID.randomUUID();

        String receipt = superdesk.transmit(SuperdeskFixtures.story(guid, feature, inline));

        JsonNode warnings = ArticleFixtures.JSON.readTree(receipt).path("warnings");
        assertEquals(true, warnings.isArray() && warnings.isEmpty(), receipt);
        ArticleSubmitted article = SubmittedEvents.article(
                SubmittedEvents.recordsFor(bootstrapServers, "superdesk:" + guid, 1).get(0));
        String featureUri = "http://localhost:8081/assets/" + sha256(storage.get(feature + ".jpg"));
        assertEquals(featureUri, article.body().get(0).image().uri());
        assertEquals(1, article.body().stream().filter(block -> block.image() != null)
                .filter(block -> block.image().uri().equals(featureUri)).count(), "the embed of the feature is left out");
        assertEquals(List.of(featureUri, "http://localhost:8081/assets/" + sha256(storage.get(inline + ".jpg"))),
                article.images().stream().map(Image::uri).toList());
        assertEquals(List.of(new InlineRun("盾构机主驱动功率达", null, null), new InlineRun("4000", List.of(Mark.ITALIC), null),
                new InlineRun("千瓦，可在CO", null, null), new InlineRun("2", List.of(Mark.SUBSCRIPT), null),
                new InlineRun("含量较高的地层掘进，单次开挖面积约200m", null, null),
                new InlineRun("2", List.of(Mark.SUPERSCRIPT), null), new InlineRun("。\n联系邮箱：", null, null),
                new InlineRun("desk@example.cn", null, "mailto:desk@example.cn")), article.body().get(2).runs());
        assertEquals("盾构机主驱动功率达4000千瓦，可在CO2含量较高的地层掘进，单次开挖面积约200m2。 联系邮箱：desk@example.cn",
                article.body().get(2).text());
        assertEquals("我国自主研制的超大直径盾构机", article.subheadline());
    }

    @Test
    void pictureNeverUploadedIsAcceptedWithAWarningAndSuperdesksUrlReachesNoEvent() throws Exception {
        String feature = "2026/04/" + UUID.randomUUID();
        HttpPushTransmitter superdesk = new HttpPushTransmitter(resourceUrl.toString(), null, Map.of());
        String guid = "urn:newsml:sd.example:" + UUID.randomUUID();

        String receipt = superdesk.transmit(SuperdeskFixtures.story(guid, feature, "lost"));

        assertEquals(List.of("POST " + ITEMS + " -> 202"), superdesk.log());
        JsonNode warnings = ArticleFixtures.JSON.readTree(receipt).path("warnings");
        List<String> told = new ArrayList<>();
        warnings.forEach(warning -> told.add(warning.asText()));
        assertEquals(List.of(
                "associations.featuremedia: media " + feature + ".jpg was never uploaded to Herald's assets endpoint; "
                        + "published without the picture",
                "associations.editor_1: media " + feature + ".jpg was never uploaded to Herald's assets endpoint; "
                        + "published without the picture",
                "associations.editor_2: media lost.jpg was never uploaded to Herald's assets endpoint; "
                        + "published without the picture"), told);
        String event = SubmittedEvents.recordsFor(bootstrapServers, "superdesk:" + guid, 1).get(0).value();
        assertFalse(event.contains("upload-raw"), event);
        ArticleSubmitted article = SubmittedEvents.article(
                SubmittedEvents.recordsFor(bootstrapServers, "superdesk:" + guid, 1).get(0));
        assertEquals(Arrays.asList(null, null), article.images().stream().map(Image::uri).toList());
    }

    @Test
    void assetCheckNeedsNoSignatureAndTellsOnlyWhetherTheMediaIdIsStored() {
        String mediaId = "2026/04/" + UUID.randomUUID() + ".jpg";
        HttpPushTransmitter superdesk = new HttpPushTransmitter(resourceUrl.toString(), assetsUrl.toString(), Map.of());

        given().when().get(ASSETS + "/" + mediaId)
                .then().statusCode(404).contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(404));
        superdesk.transmitMedia(mediaId, randomJpeg(), "image/jpeg");

        String answer = given().when().get(ASSETS + "/" + mediaId)
                .then().statusCode(200).contentType("application/json").extract().asString();
        assertEquals("{\"stored\":true}", answer);
    }
}
