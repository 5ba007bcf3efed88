package io.herald.ingest.formats.superdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.herald.events.BodyBlock;
import io.herald.events.Contributor.Role;
import io.herald.events.PubStatus;
import io.herald.ingest.article.ArticleRequest;
import io.herald.ingest.article.ContributorRequest;
import io.herald.ingest.article.ImageRequest;
import io.herald.service.problem.FieldError;
import io.herald.service.problem.InvalidFieldsException;

class SuperdeskItemMapperTest {

    private static final String GUID = "urn:newsml:superdesk.example:2026-04-06:abc";
    private static final String STORED = "http://herald.example/assets/" + "a".repeat(64);

    @Test
    void mapsTheTextFields() {
        ArticleRequest article = map(SuperdeskFixtures.item(GUID, "m1"));

        assertEquals(GUID, article.sourceId());
        assertEquals(2, article.revision());
        assertEquals(PubStatus.USABLE, article.pubStatus());
        assertEquals("“奋楫号”盾构机下线", article.headline());
        assertEquals("我国自主研制的超大直径盾构机", article.subheadline());
        assertEquals("北京", article.dateline());
        assertEquals(List.of(new ContributorRequest("张伟", Role.REPORTER), new ContributorRequest("王芳", Role.CORRESPONDENT)),
                article.byline());
        assertEquals(List.of("盾构机", "要闻", "科技"), article.subjects());
        assertEquals(Instant.parse("2026-04-06T00:00:00Z"), article.versionCreated());
        assertEquals(Instant.parse("2026-04-05T12:00:00Z"), article.firstCreated());
    }

    @Test
    void uploadedFeaturePictureIsReferencedAtHeraldAndComesFirst() {
        ArticleRequest article = map(SuperdeskFixtures.item(GUID, "m1"));

        assertEquals(List.of(
                new ImageRequest(STORED, "图为“奋楫号”盾构机下线现场(无人机照片)", "新华社", "刘甲", null),
                new ImageRequest("https://superdesk.example/api/upload-raw/INLINE_MEDIA.jpg", "下线现场", null, null, null)),
                article.images());
    }

    @Test
    void bodyKeepsTheInlinePictureBetweenParagraphs() {
        List<BodyBlock.Type> types = map(SuperdeskFixtures.item(GUID, "m1")).body().stream()
                .map(block -> block.type()).toList();

        assertEquals(List.of(BodyBlock.Type.PARAGRAPH, BodyBlock.Type.IMAGE, BodyBlock.Type.PARAGRAPH), types);
    }

    @Test
    void nullsAreAbsentAndAnIntegerVersionIsTaken() {
        ObjectNode item = SuperdeskFixtures.item(GUID, "m1");
        item.putNull("byline");
        item.putNull("associations");
        item.put("version", 7);

        ArticleRequest article = map(item);

        assertEquals(null, article.byline());
        assertEquals(7, article.revision());
    }

    @Test
    void wrongTypesBadDatesAndMissingGuidAreNamed() {
        ObjectNode item = SuperdeskFixtures.item(GUID, "m1");
        item.remove("guid");
        item.put("versioncreated", "yesterday");
        item.put("pubstatus", "published");
        item.putArray("headline");

        List<FieldError> errors = assertThrows(InvalidFieldsException.class, () -> map(item)).errors();

        assertEquals(List.of(
                new FieldError("guid", "is required"),
                new FieldError("headline", "must be a string"),
                new FieldError("pubstatus", "must be one of: usable, withheld, canceled"),
                new FieldError("versioncreated", "must be a date-time with an offset, e.g. 2026-04-06T08:00:00+08:00")),
                errors);
    }

    private static ArticleRequest map(JsonNode item) {
        return SuperdeskItemMapper.toRequest(item,
                mediaId -> mediaId.equals("m1") ? Optional.of(STORED) : Optional.empty());
    }
}
