package io.herald.ingest.formats.issue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.herald.events.BodyBlock;
import io.herald.ingest.article.ArticleRequest;
import io.herald.ingest.article.RelatedEntryRequest;

class IssueArticleRequestsTest {

    private final ParsedPage page = PageParser.parse(PageTexts.read(PageTexts.REFERENCE), PageLabels.DEFAULT);

    @Test
    void everyItemBecomesOneRequestCarryingTheIssuePageAndTableOfContents() {
        List<ArticleRequest> requests = IssueArticleRequests.of(page, 1);

        assertEquals(List.of("2026年全国工业和信息化科技创新和产业创新融合发展工作座谈会召开", "“奋楫号”盾构机下线现场",
                "2026中关村论坛年会集中发布21项重大科技成果"), requests.stream().map(ArticleRequest::headline).toList());
        for (ArticleRequest request : requests) {
            assertNull(request.source(), "the caller's source is applied when the request becomes an event");
            assertEquals(1, request.revision());
            assertEquals("中国高新技术产业导报", request.publication().name());
            assertEquals(2664, request.publication().totalIssueNumber());
            assertEquals("01版", request.page());
            assertEquals(10, request.related().size());
            assertEquals(new RelatedEntryRequest("开发区规范提升要敢于“亮牌”", "02版"), request.related().get(0));
        }
        assertEquals(List.of("2026-04-06-p01-01-f10687e6", "2026-04-06-p01-02-f10687e6", "2026-04-06-p01-03-f10687e6"),
                requests.stream().map(ArticleRequest::sourceId).toList());
        ArticleRequest photo = requests.get(1);
        assertEquals(List.of(BodyBlock.Type.PARAGRAPH, BodyBlock.Type.IMAGE), photo.body().stream().map(b -> b.type()).toList());
        assertEquals("新华社发", photo.images().get(0).credit());
        assertEquals("刘甲", photo.images().get(0).photographer());
    }

    @Test
    void idsAreStableAcrossPostsAndDistinctAcrossItemsAndPages() {
        ParsedPage again = PageParser.parse(PageTexts.read(PageTexts.REFERENCE), PageLabels.DEFAULT);
        ParsedPage page3 = PageParser.parse(PageTexts.read(PageTexts.REFERENCE), "03版");

        List<String> ids = ids(page);
        assertEquals(ids, ids(again));
        assertEquals(3, Set.copyOf(ids).size());
        assertNotEquals(ids, ids(page3));
        assertTrue(ids(page3).stream().allMatch(id -> id.startsWith("2026-04-06-p03-")));
        assertEquals(Set.of(3), IssueArticleRequests.of(page, 3).stream().map(ArticleRequest::revision)
                .collect(Collectors.toSet()));
    }

    @Test
    void itemsWithTheSameHeadlineGetIdsOfTheirOwnByPosition() {
        ParsedPage briefs = PageParser.parse(PageTexts.read(PageTexts.TWO_BRIEFS), PageLabels.DEFAULT);
        List<ArticleRequest> requests = IssueArticleRequests.of(briefs, 1);

        assertEquals(List.of("简讯", "简讯"), requests.stream().map(ArticleRequest::headline).toList());
        assertEquals(List.of("2026-04-06-p01-01-f10687e6", "2026-04-06-p01-02-f10687e6"), ids(briefs));
    }

    @Test
    void anotherPaperOnTheSameDateAndPageHasOtherIds() {
        ParsedPage other = PageParser.parse(PageTexts.read(PageTexts.REFERENCE).replace("# 中国高新技术产业导报", "# 科技日报"),
                PageLabels.DEFAULT);

        assertEquals("科技日报", other.masthead().publication().name());
        assertTrue(ids(other).stream().noneMatch(ids(page)::contains), ids(other).toString());
    }

    private static List<String> ids(ParsedPage page) {
        return IssueArticleRequests.of(page, 1).stream().map(ArticleRequest::sourceId).toList();
    }
}
