package io.herald.ingest.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.herald.events.ArticleSubmitted;
import io.herald.events.BodyBlock;
import io.herald.events.Contributor;
import io.herald.events.Publication;
import io.herald.events.PubStatus;
import io.herald.events.RelatedEntry;
import io.herald.events.Source;
import io.herald.ingest.ArticleFixtures;

class ArticleRequestMapperTest {

    private static final Instant RECEIVED_AT = Instant.parse("2026-04-06T01:02:03Z");

    /** The revision ingest resolved for the request (RevisionClaims' business): the event carries it as given. */
    private static final int RESOLVED_REVISION = 4;

    private final ArticleRequestMapper mapper = new ArticleRequestMapper("zh-CN", ZoneId.of("Asia/Shanghai"));

    @Test
    void seedArticleMapsToTheWholeEvent() {
        ArticleSubmitted event = toEvent(ArticleFixtures.seedArticle(), "demo");

        assertEquals("demo:2026-04-06-p01-a1", event.articleId());
        assertEquals(RESOLVED_REVISION, event.revision());
        assertEquals(PubStatus.USABLE, event.pubStatus());
        assertEquals("zh-CN", event.language());
        assertEquals(new Publication("中国高新技术产业导报", "CHINA HIGH-TECH INDUSTRY HERALD", LocalDate.of(2026, 4, 6),
                12, 2664, 16, "CN 11—0237", "1—206"), event.publication());
        assertEquals("01版", event.page());
        assertEquals("要闻", event.section());
        assertEquals("2026年全国工业和信息化科技创新和产业创新融合发展工作座谈会召开", event.headline());
        assertEquals("完善高新区等创新载体建设布局", event.subheadline());
        assertNull(event.kicker());
        assertEquals("本报讯", event.dateline());
        assertEquals(List.of(new Contributor("姚雯", Contributor.Role.AUTHOR)), event.byline());
        assertEquals(2, event.body().size());
        assertEquals(BodyBlock.Type.PARAGRAPH, event.body().get(0).type());
        assertEquals(new RelatedEntry("开发区规范提升要敢于“亮牌”", "02版"), event.related().get(0));
        assertEquals(List.of("科技创新", "产业创新"), event.subjects());
        assertEquals(Instant.parse("2026-04-05T22:00:00Z"), event.firstCreated());
        assertEquals(RECEIVED_AT, event.versionCreated());
        assertNull(event.embargoUntil());
        assertEquals(new Source("demo", "2026-04-06-p01-a1"), event.source());
    }

    @Test
    void aPrintedArticleIsPublishedOnItsPrintDateInNewsroomTime() {
        ArticleSubmitted event = toEvent(ArticleFixtures.seedArticle(), "demo");

        assertEquals(Instant.parse("2026-04-05T16:00:00Z"), event.published());
        assertEquals(event.published(), event.publicationTime());
    }

    @Test
    void aPublishedTimeGivenWinsOverThePrintDate() {
        ObjectNode article = ArticleFixtures.seedArticle();
        article.put("published", "2026-04-06T06:30:00+08:00");

        assertEquals(Instant.parse("2026-04-05T22:30:00Z"), toEvent(article, "demo").published());
    }

    @Test
    void withoutAnyTimeReadersAreShownTheTimeOfIngest() {
        ObjectNode article = ArticleFixtures.seedArticle();
        article.remove(List.of("publication", "firstCreated"));

        ArticleSubmitted event = toEvent(article, "demo");

        assertNull(event.published());
        assertEquals(RECEIVED_AT, event.publicationTime());
    }

    @Test
    void theSummaryIsCarriedStrippedAndABlankOneIsNone() {
        ObjectNode article = ArticleFixtures.seedArticle();

        assertEquals("部署融合发展。", toEvent(article.put("summary", "  部署融合发展。\n"), "demo").summary());
        assertNull(toEvent(article.put("summary", " "), "demo").summary());
    }

    @Test
    void absentFieldsGetIngestDefaults() {
        ObjectNode article = ArticleFixtures.seedArticle();
        article.remove(List.of("revision", "pubStatus", "language", "firstCreated"));

        ArticleSubmitted event = toEvent(article, "demo");

        assertEquals(PubStatus.USABLE, event.pubStatus());
        assertEquals("zh-CN", event.language());
        assertEquals(RECEIVED_AT, event.versionCreated());
        assertEquals(RECEIVED_AT, event.firstCreated());
    }

    @Test
    void firstCreatedDefaultsToTheVersionTheSourceSent() {
        ObjectNode article = ArticleFixtures.seedArticle();
        article.remove("firstCreated");
        article.put("versionCreated", "2026-04-06T08:30:00+08:00");

        ArticleSubmitted event = toEvent(article, "demo");

        assertEquals(Instant.parse("2026-04-06T00:30:00Z"), event.versionCreated());
        assertEquals(event.versionCreated(), event.firstCreated());
    }

    @Test
    void sourceFieldsWinOverDefaults() {
        ObjectNode article = ArticleFixtures.seedArticle();
        article.put("pubStatus", "canceled").put("language", "en");

        ArticleSubmitted event = toEvent(article, "demo");

        assertEquals(PubStatus.CANCELED, event.pubStatus());
        assertEquals("en", event.language());
    }

    @Test
    void eventIsTheAuthenticatedSourcesWhenTheBodyNamesNone() {
        ObjectNode article = ArticleFixtures.seedArticle();
        article.remove("source");

        ArticleSubmitted event = toEvent(article, "wire");

        assertEquals("wire:2026-04-06-p01-a1", event.articleId());
        assertEquals(new Source("wire", "2026-04-06-p01-a1"), event.source());
    }

    private ArticleSubmitted toEvent(ObjectNode json, String source) {
        ArticleRequest request = request(json);
        return mapper.toEvent(request, ArticleIds.articleId(source, request.sourceId()), RESOLVED_REVISION, source,
                RECEIVED_AT);
    }

    private static ArticleRequest request(ObjectNode json) {
        return ArticleFixtures.JSON.convertValue(json, ArticleRequest.class);
    }
}
