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
import io.herald.events.InlineRun.Mark;
import io.herald.events.Contributor.Role;
import io.herald.events.PubStatus;
import io.herald.ingest.article.ArticleRequest;
import io.herald.ingest.article.BodyBlockRequest;
import io.herald.ingest.article.ContributorRequest;
import io.herald.ingest.article.ImageRequest;
import io.herald.ingest.article.InlineRunRequest;
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
        assertEquals(null, article.subheadline(), "description_text is the abstract, not 副题");
        assertEquals(SuperdeskFixtures.item(GUID, "m1").get("description_text").asText(), article.summary());
        assertEquals("北京", article.dateline());
        assertEquals(List.of(new ContributorRequest("张伟", Role.REPORTER), new ContributorRequest("王芳", Role.CORRESPONDENT)),
                article.byline());
        assertEquals(List.of("盾构机", "要闻", "科技"), article.subjects());
        assertEquals(Instant.parse("2026-04-06T00:00:00Z"), article.versionCreated());
        assertEquals(Instant.parse("2026-04-05T12:00:00Z"), article.firstCreated());
    }

    @Test
    void uploadedFeaturePictureIsReferencedAtHeraldAndOneNeverUploadedHasNoUriButAWarning() {
        SuperdeskItem read = read(SuperdeskFixtures.item(GUID, "m1"));

        assertEquals(List.of(
                new ImageRequest(STORED, "图为“奋楫号”盾构机下线现场(无人机照片)", "新华社", "刘甲", null),
                new ImageRequest(null, "下线现场", null, null, null)),
                read.article().images());
        assertEquals(List.of("associations.editor_0: media INLINE_MEDIA was never uploaded to Herald's assets endpoint; "
                + "published without the picture"), read.warnings());
    }

    @Test
    void bodyLeadsWithTheFeaturePictureAndKeepsTheInlinePictureBetweenParagraphs() {
        List<BodyBlockRequest> body = map(SuperdeskFixtures.item(GUID, "m1")).body();

        assertEquals(List.of(BodyBlock.Type.IMAGE, BodyBlock.Type.PARAGRAPH, BodyBlock.Type.IMAGE,
                BodyBlock.Type.PARAGRAPH), body.stream().map(BodyBlockRequest::type).toList());
        assertEquals(STORED, body.get(0).image().uri());
        assertEquals(new ImageRequest(null, "下线现场", null, null, null), body.get(2).image());
    }

    @Test
    void storyAsTheFormatterWritesItKeepsMarkupShowsTheFeaturePictureOnceAndCreditsFromThePictureItem() {
        SuperdeskItem read = SuperdeskItemMapper.read(SuperdeskFixtures.story(GUID, "f", "i"),
                mediaId -> Optional.of("http://herald.example/assets/" + mediaId), "subheadline");
        ArticleRequest article = read.article();

        ImageRequest feature = new ImageRequest("http://herald.example/assets/f.jpg", "图为“奋楫号”盾构机下线现场", "本报",
                "本报记者 李明 摄", "盾构机下线现场");
        ImageRequest inline = new ImageRequest("http://herald.example/assets/i.jpg", "工人检查刀盘", "新华社", "刘甲",
                "工人检查刀盘");
        assertEquals(List.of(feature, inline), article.images());
        List<BodyBlockRequest> body = article.body();
        assertEquals(List.of(BodyBlock.Type.IMAGE, BodyBlock.Type.PARAGRAPH, BodyBlock.Type.PARAGRAPH,
                BodyBlock.Type.PARAGRAPH, BodyBlock.Type.IMAGE, BodyBlock.Type.LIST, BodyBlock.Type.PARAGRAPH),
                body.stream().map(BodyBlockRequest::type).toList());
        assertEquals(feature, body.get(0).image());
        assertEquals(inline, body.get(4).image());
        assertEquals(List.of(new InlineRunRequest("本报讯 “奋楫号”盾构机日前在", null, null),
                new InlineRunRequest("长沙", List.of(Mark.BOLD), null), new InlineRunRequest("下线，详见", null, null),
                new InlineRunRequest("项目官网", null, "https://www.example.cn/news/2026/0406.html"),
                new InlineRunRequest("。", null, null)), body.get(1).runs());
        assertEquals("技术说明见附件，内部稿件见此处。", body.get(3).text());
        assertEquals(null, body.get(3).runs(), "an attachment link and a relative link are reduced to their text");
        assertEquals("我国自主研制的超大直径盾构机", article.subheadline());
        assertEquals(List.of(), read.warnings());
    }

    @Test
    void bodyPictureInSuperdesksStorageThatNoAssociationHoldsHasNoUriButAWarningAndOthersKeepTheirs() {
        ObjectNode item = SuperdeskFixtures.item(GUID, "m1");
        item.put("body_html", "<p>文</p><figure><img src=\"https://superdesk.example/api/upload-raw/orphan.jpg\">"
                + "<figcaption>孤图</figcaption></figure><p><img src=\"https://img.example.org/x.jpg\"></p>");

        SuperdeskItem read = read(item);

        List<BodyBlockRequest> body = read.article().body();
        assertEquals(new ImageRequest(null, "孤图", null, null, null), body.get(2).image());
        assertEquals("https://img.example.org/x.jpg", body.get(3).image().uri());
        assertEquals(true, read.warnings().get(1).startsWith("body_html: the picture at "
                + "https://superdesk.example/api/upload-raw/orphan.jpg is in Superdesk's storage"), read.warnings().toString());
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
        return read(item).article();
    }

    private static SuperdeskItem read(JsonNode item) {
        return SuperdeskItemMapper.read(item, mediaId -> mediaId.equals("m1") ? Optional.of(STORED) : Optional.empty(),
                "subheadline");
    }
}
