package io.herald.ingest.api;

import static io.herald.ingest.formats.superdesk.SuperdeskFixtures.randomJpeg;
import static io.herald.ingest.formats.superdesk.SuperdeskFixtures.sha256;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.herald.events.ArticleSubmitted;
import io.herald.events.BodyBlock;
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
        assertEquals(BodyBlock.Type.IMAGE, article.body().get(1).type());
        assertEquals("http://localhost:8081/assets/" + sha256(inlinePicture), article.body().get(1).image().uri());
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
