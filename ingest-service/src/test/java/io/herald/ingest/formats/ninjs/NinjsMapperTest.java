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
import io.herald.events.InlineRun.Mark;
import io.herald.events.PubStatus;
import io.herald.ingest.ArticleFixtures;
import io.herald.ingest.article.ArticleRequest;
import io.herald.ingest.article.BodyBlockRequest;
import io.herald.ingest.article.ContributorRequest;
import io.herald.ingest.article.ImageRequest;
import io.herald.ingest.article.InlineRunRequest;
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
    void htmlBodyKeepsItsLinksAndEmphasisAsRuns() {
        ObjectNode item = sample();
        item.putArray("bodies").addObject().put("contenttype", "text/html")
                .put("value", "<p>据<a href=\"https://www.example.cn/r\">报告</a>，<em>增长</em>明显。</p>");

        BodyBlockRequest paragraph = NinjsMapper.toRequest(item).body().get(0);

        assertEquals("据报告，增长明显。", paragraph.text());
        assertEquals(List.of(new InlineRunRequest("据", null, null),
                new InlineRunRequest("报告", null, "https://www.example.cn/r"), new InlineRunRequest("，", null, null),
                new InlineRunRequest("增长", List.of(Mark.ITALIC), null), new InlineRunRequest("明显。", null, null)),
                paragraph.runs());
    }

    @Test
    void missingUriIsNamedByItsPointerWithTheSchemasRule() {
        ObjectNode item = sample();
        item.remove("uri");

        assertEquals(List.of(new FieldError("/uri", "required: required property 'uri' not found")), errors(item));
    }

    @Test
    void associationWithoutNameIsNamedOnceWhereItIs() {
        ObjectNode item = sample();
        ((ObjectNode) item.withArray("associations").get(1)).remove("name");

        assertEquals(List.of(new FieldError("/associations/1/name", "required: required property 'name' not found")),
                errors(item));
    }

    @Test
    void everySchemaViolationIsNamedAtOnce() {
        ObjectNode item = sample();
        item.put("pubstatus", "published");
        item.put("by", 42);
        item.putArray("headlines").add("not an object");
        item.put("section", "要闻");

        assertEquals(List.of("/by type", "/headlines/0 type", "/pubstatus enum", "/section unevaluatedProperties"),
                errors(item).stream().map(e -> e.field() + " " + e.rule().split(":")[0]).sorted().toList());
    }

    @Test
    void propertiesTheSchemaDoesNotAllowAreRejectedAlsoInsideAssociationsAndWithANamespace() {
        ObjectNode item = sample();
        item.put("herald:section", "要闻");
        ((ObjectNode) item.withArray("associations").get(0)).put("foo", "bar");

        assertEquals(List.of("/associations/0/foo", "/herald:section"),
                errors(item).stream().map(FieldError::field).sorted().toList());
        assertTrue(errors(item).stream().allMatch(e -> e.rule().startsWith("unevaluatedProperties: ")),
                errors(item).toString());
    }

    @Test
    void wrongTypesInsideAssociationsAreNamedByPointer() {
        ObjectNode item = sample();
        ObjectNode rendition = (ObjectNode) item.withArray("associations").get(0).get("renditions").get(0);
        rendition.put("width", "160px");
        ((ObjectNode) item.withArray("associations").get(1)).put("type", "article");

        List<String> errors = errors(item).stream().map(e -> e.field() + " " + e.rule().split(":")[0]).toList();

        assertTrue(errors.contains("/associations/0/renditions/0/width type"), errors.toString());
        assertTrue(errors.contains("/associations/1/type enum"), errors.toString());
    }

    @Test
    void nullIsAWrongTypeAndNonObjectsAreNotItems() {
        ObjectNode item = sample();
        item.putNull("language");

        assertEquals(List.of("/language type"), errors(item).stream().map(e -> e.field() + " " + e.rule().split(":")[0]).toList());
        FieldError notAnObject = errors(ArticleFixtures.JSON.createArrayNode()).get(0);
        assertNull(notAnObject.field(), "the whole body is at fault");
        assertTrue(notAnObject.rule().startsWith("type: "), notAnObject.rule());
    }

    @Test
    void aDateTheSchemaOnlyAnnotatesIsStillCheckedByHeraldAsA422() {
        ObjectNode item = sample();
        item.put("embargoed", "2026-04-06 08:00");

        UnrepresentableItemException e = assertThrows(UnrepresentableItemException.class,
                () -> NinjsMapper.toRequest(item));
        assertEquals(422, e.status(), "schema-valid is never a 400");
        assertEquals(List.of(new FieldError("/embargoed", ItemFields.DATE_TIME_RULE)), e.errors());
    }

    @Test
    void aVersionThatIsNoWholeNumberIsValidNinjsAndLeavesTheRevisionToIngest() {
        ObjectNode item = sample();
        item.put("version", "3a");

        assertNull(NinjsMapper.toRequest(item).revision());
    }

    @Test
    void schemaOfNinjs1IsRejected() {
        ObjectNode item = sample();
        item.put("$schema", "http://www.iptc.org/std/ninjs/ninjs-schema_1.3.json");

        assertEquals(List.of("$schema"), errors(item).stream().map(FieldError::field).toList());
    }

    @Test
    void schemaIsChosenByDollarSchemaAndIsTheLatestWhenAbsent() {
        ObjectNode item = sample();
        item.putObject("digitalsourcetype").put("uri", "http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture");

        assertEquals(List.of("/digitalsourcetype"), errors(item).stream().map(FieldError::field).toList(),
                "digitalsourcetype is new in 2.2; the sample names 2.1");
        item.remove("$schema");
        assertEquals("urn:newsml:chinahightech.com:20260406:zgc-forum", NinjsMapper.toRequest(item).sourceId());
        item.put("$schema", "https://www.iptc.org/std/ninjs/ninjs-schema_2.2.json");
        assertEquals("urn:newsml:chinahightech.com:20260406:zgc-forum", NinjsMapper.toRequest(item).sourceId());
    }

    @Test
    void textWithOnlyDescriptionsIsABriefWhoseBodyIsTheDescription() {
        ObjectNode item = sample();
        item.remove("bodies");
        item.putArray("descriptions").addObject().put("role", "summary").put("value", "中关村论坛发布21项成果。");

        ArticleRequest brief = NinjsMapper.toRequest(item);

        assertEquals(List.of("中关村论坛发布21项成果。"), brief.body().stream().map(b -> b.text()).toList());
        assertEquals("2026中关村论坛年会集中发布21项重大科技成果", brief.headline());
        assertNull(brief.summary(), "its description is its body, not also its summary");
    }

    @Test
    void anArticlesSummaryDescriptionIsItsSummary() {
        ObjectNode item = sample();
        ArrayNode descriptions = item.putArray("descriptions");
        descriptions.addObject().put("role", "note").put("value", "编辑提示");
        descriptions.addObject().put("role", "summary").put("contenttype", "text/html")
                .put("value", "<p>中关村论坛<b>发布</b>21项成果。</p>");

        assertEquals("中关村论坛发布21项成果。", NinjsMapper.toRequest(item).summary());
        assertNull(NinjsMapper.toRequest(sample()).summary(), "no descriptions, no summary");
    }

    @Test
    void withoutHeadlineTheTitleSluglineOrTextTitlesTheArticle() {
        ObjectNode item = sample();
        item.remove("headlines");
        assertEquals("本报讯 4月2日，2026中关村论坛年会重大科技成果发布会在京举行。", NinjsMapper.toRequest(item).headline());
        item.put("slugline", "zgc-forum");
        assertEquals("zgc-forum", NinjsMapper.toRequest(item).headline());
        item.put("title", "中关村论坛");
        assertEquals("中关村论坛", NinjsMapper.toRequest(item).headline());
    }

    @Test
    void pictureItemIsAPhotoItemOfItsBestRendition() {
        ObjectNode picture = (ObjectNode) sample().withArray("associations").get(0);
        picture.remove("name");
        picture.putArray("headlines").addObject().put("value", "论坛会场");

        ArticleRequest photo = NinjsMapper.toRequest(picture);

        ImageRequest image = new ImageRequest("https://img.example.cn/zgc/forum-print.jpg", "图为2026中关村论坛年会会场",
                "新华社", "刘甲", null);
        assertEquals("论坛会场", photo.headline());
        assertEquals(List.of(image), photo.images());
        assertEquals(List.of(BodyBlock.Type.IMAGE), photo.body().stream().map(b -> b.type()).toList());
        assertEquals(image, photo.body().get(0).image());
        assertEquals(List.of(new ContributorRequest("刘甲", Contributor.Role.PHOTOGRAPHER)), photo.byline());
    }

    @Test
    void packageWithoutItsOwnBodyTakesItsAssociatedTextWithThePictures() {
        ObjectNode item = sample().put("type", "composite");
        JsonNode bodies = item.remove("bodies");
        ((ObjectNode) item.withArray("associations").get(1)).set("bodies", bodies);

        ArticleRequest article = NinjsMapper.toRequest(item);

        assertEquals(5, article.body().size());
        assertEquals("https://img.example.cn/zgc/forum-print.jpg", article.images().get(0).uri());
    }

    @Test
    void audioAndVideoAre422sNamingTheType() {
        for (String type : List.of("audio", "video")) {
            UnrepresentableItemException refused = assertThrows(UnrepresentableItemException.class,
                    () -> NinjsMapper.toRequest(sample().put("type", type)));

            assertEquals(422, refused.status());
            assertEquals("type", refused.errors().get(0).field());
            assertTrue(refused.errors().get(0).rule().contains(type), refused.errors().toString());
        }
    }

    @Test
    void textWithNothingToShowIsA422() {
        ObjectNode item = sample();
        item.remove("bodies");
        item.remove("associations");

        UnrepresentableItemException refused = assertThrows(UnrepresentableItemException.class,
                () -> NinjsMapper.toRequest(item));
        assertEquals("bodies", refused.errors().get(0).field());
    }

    private static List<FieldError> errors(JsonNode item) {
        return assertThrows(InvalidFieldsException.class, () -> NinjsMapper.toRequest(item)).errors();
    }

    private static ObjectNode sample() {
        return NinjsFixtures.zgcForum();
    }
}
