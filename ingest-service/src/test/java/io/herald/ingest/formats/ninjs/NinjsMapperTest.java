package io.herald.ingest.formats.ninjs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.herald.events.BodyBlock;
import io.herald.events.Contributor;
import io.herald.events.PubStatus;
import io.herald.ingest.ArticleFixtures;
import io.herald.ingest.article.ArticleRequest;
import io.herald.ingest.article.ContributorRequest;
import io.herald.ingest.article.ImageRequest;
import io.herald.service.problem.FieldError;
import io.herald.service.problem.InvalidFieldsException;

class NinjsMapperTest {

    @Test
    void mapsIdentityRevisionStatusAndDates() {
        ArticleRequest article = NinjsMapper.toRequest(sample());

        assertNull(article.source(), "the event's source is the authenticated caller, not the item");
        assertEquals("urn:newsml:chinahightech.com:20260406:zgc-forum", article.sourceId());
        assertEquals(3, article.revision());
        assertEquals(PubStatus.USABLE, article.pubStatus());
        assertEquals("zh-CN", article.language());
        assertEquals(Instant.parse("2026-04-05T12:00:00Z"), article.firstCreated());
        assertEquals(Instant.parse("2026-04-05T23:30:00Z"), article.versionCreated());
        assertEquals(Instant.parse("2026-04-06T00:00:00Z"), article.embargoUntil());
    }

    @Test
    void mapsHeadlinesBylineDatelineAndSubjects() {
        ArticleRequest article = NinjsMapper.toRequest(sample());

        assertEquals("2026中关村论坛年会集中发布21项重大科技成果", article.headline());
        assertEquals("涵盖人工智能、量子科技等领域", article.subheadline());
        assertEquals(List.of(new ContributorRequest("张伟", Contributor.Role.REPORTER)), article.byline());
        assertEquals("北京", article.dateline());
        assertEquals(List.of("科技成果", "http://cv.iptc.org/newscodes/mediatopic/20000756", "消息"), article.subjects());
    }

    @Test
    void htmlBodyBecomesTypedBlocksWithoutScript() {
        ArticleRequest article = NinjsMapper.toRequest(sample());

        assertEquals(List.of(BodyBlock.Type.PARAGRAPH, BodyBlock.Type.HEADING, BodyBlock.Type.QUOTE,
                BodyBlock.Type.LIST, BodyBlock.Type.IMAGE), article.body().stream().map(b -> b.type()).toList());
        assertEquals(2, article.body().get(1).level());
        assertEquals(List.of("人工智能", "量子科技"), article.body().get(3).items());
        assertEquals(new ImageRequest("https://img.example.cn/zgc/stage.jpg", "发布会现场", null, null, "发布会现场"),
                article.body().get(4).image());
    }

    @Test
    void pictureAssociationBecomesAnImageWithTheLargestRendition() {
        ArticleRequest article = NinjsMapper.toRequest(sample());

        assertEquals(List.of(new ImageRequest("https://img.example.cn/zgc/forum-print.jpg", "图为2026中关村论坛年会会场",
                "新华社", "刘甲", null)), article.images());
    }

    @Test
    void originalRenditionWinsOverLargerOnesAndHeadlineIsTheCaptionWithoutDescription() {
        ObjectNode item = sample();
        ObjectNode picture = (ObjectNode) item.withArray("associations").get(0);
        picture.remove("descriptions");
        picture.remove("copyrightholder");
        picture.put("usageterms", "仅限新闻使用");
        ((ArrayNode) picture.get("renditions")).addObject().put("name", "original")
                .put("href", "https://img.example.cn/zgc/forum.jpg");

        ImageRequest image = NinjsMapper.toRequest(item).images().get(0);

        assertEquals("https://img.example.cn/zgc/forum.jpg", image.uri());
        assertEquals("论坛会场", image.caption());
        assertEquals("仅限新闻使用", image.credit());
    }

    @Test
    void absentVersionIsLeftToTheDefaultRevision() {
        ObjectNode item = sample();
        item.remove("version");

        assertNull(NinjsMapper.toRequest(item).revision());
    }

    @Test
    void plainTextBodyIsSplitIntoParagraphsOnBlankLines() {
        ObjectNode item = sample();
        item.putArray("bodies").addObject().put("contenttype", "text/plain").put("value", "第一段。\n\n  第二段，\n续。\n");

        assertEquals(List.of("第一段。", "第二段，\n续。"),
                NinjsMapper.toRequest(item).body().stream().map(b -> b.text()).toList());
    }

    @Test
    void missingUriIsRejected() {
        ObjectNode item = sample();
        item.remove("uri");

        assertEquals(List.of(new FieldError("uri", "is required")), errors(item));
    }

    @Test
    void associationWithoutNameIsRejected() {
        ObjectNode item = sample();
        ((ObjectNode) item.withArray("associations").get(1)).remove("name");

        assertEquals(List.of(new FieldError("associations[1].name", "is required")), errors(item));
    }

    @Test
    void everySchemaViolationIsNamedAtOnce() {
        ObjectNode item = sample();
        item.put("version", "3a");
        item.put("pubstatus", "published");
        item.put("embargoed", "2026-04-06 08:00");
        item.put("by", 42);
        item.putArray("headlines").add("not an object");
        item.put("section", "要闻");

        assertEquals(List.of(
                new FieldError("by", "must be a string"),
                new FieldError("embargoed", ItemFields.DATE_TIME_RULE),
                new FieldError("headlines[0]", "must be an object"),
                new FieldError("pubstatus", "must be one of: canceled, usable, withheld"),
                new FieldError("section", "is not a ninjs 2.x property; extensions need a namespace prefix, e.g. herald:section"),
                new FieldError("version", "must be a string of digits, e.g. \"3\"")), errors(item));
    }

    @Test
    void wrongTypesInsideAssociationsAreNamedByPath() {
        ObjectNode item = sample();
        ObjectNode rendition = (ObjectNode) item.withArray("associations").get(0).get("renditions").get(0);
        rendition.put("width", "160px");
        ((ObjectNode) item.withArray("associations").get(1)).put("type", "article");

        List<FieldError> errors = errors(item);

        assertTrue(errors.contains(new FieldError("associations[0].renditions[0].width", "must be a non-negative integer")),
                errors.toString());
        assertTrue(errors.contains(new FieldError("associations[1].type",
                "must be one of: audio, component, composite, graphic, picture, text, video")), errors.toString());
    }

    @Test
    void nullIsAWrongTypeAndNonObjectsAreNotItems() {
        ObjectNode item = sample();
        item.putNull("language");

        assertEquals(List.of(new FieldError("language", "must be a string")), errors(item));
        assertEquals(List.of(new FieldError(null, "must be a ninjs object")), errors(ArticleFixtures.JSON.createArrayNode()));
    }

    @Test
    void schemaOfNinjs1IsRejected() {
        ObjectNode item = sample();
        item.put("$schema", "http://www.iptc.org/std/ninjs/ninjs-schema_1.3.json");

        assertEquals("$schema", errors(item).get(0).field());
    }

    private static List<FieldError> errors(JsonNode item) {
        return assertThrows(InvalidFieldsException.class, () -> NinjsMapper.toRequest(item)).errors();
    }

    private static ObjectNode sample() {
        return NinjsFixtures.zgcForum();
    }
}
