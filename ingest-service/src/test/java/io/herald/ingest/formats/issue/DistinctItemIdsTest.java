package io.herald.ingest.formats.issue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.herald.ingest.article.ArticleRequest;
import io.herald.ingest.formats.issue.DistinctItemIds.DuplicateItemIdException;
import io.herald.service.problem.FieldError;

class DistinctItemIdsTest {

    @Test
    void itemsOfARealPageWithTheSameHeadlinePass() {
        List<ArticleRequest> items = IssueArticleRequests.of(
                PageParser.parse(PageTexts.read(PageTexts.TWO_BRIEFS), PageLabels.DEFAULT), 1);

        assertEquals(items.stream().map(item -> "demo:" + item.sourceId()).toList(), DistinctItemIds.require("demo", items));
    }

    @Test
    void twoItemsUnderOneIdAreRefusedNamingBoth() {
        List<ArticleRequest> items = List.of(item("2026-04-06-p01-a", "简讯"), item("2026-04-06-p01-b", "图片新闻"),
                item("2026-04-06-p01-a", "另一条简讯"));

        DuplicateItemIdException refused = assertThrows(DuplicateItemIdException.class,
                () -> DistinctItemIds.require("demo", items));

        assertEquals(List.of(new FieldError("items[2]", "has the article id demo:2026-04-06-p01-a of items[0] (简讯)")),
                refused.errors());
        assertTrue(refused.getMessage().contains("items[0] (简讯) and items[2] (另一条简讯) as demo:2026-04-06-p01-a"),
                refused.getMessage());
    }

    private static ArticleRequest item(String sourceId, String headline) {
        return ArticleRequest.builder().sourceId(sourceId).revision(1).page("01版").headline(headline).build();
    }
}
