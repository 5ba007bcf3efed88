package io.herald.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.herald.events.testing.ReferencePage;

class TableOfContentsTest {

    @Test
    void theReferencePageListsItsTenEntriesOnceInPrintedOrder() {
        List<ArticleSubmitted> page = List.of(ReferencePage.item(ReferencePage.SYMPOSIUM, "toc"),
                ReferencePage.item(ReferencePage.PHOTO, "toc"), ReferencePage.item(ReferencePage.FORUM, "toc"));

        List<RelatedEntry> contents = TableOfContents.of(page);

        assertEquals(10, contents.size());
        assertEquals(new RelatedEntry("开发区规范提升要敢于“亮牌”", "02版"), contents.get(0));
        assertEquals(new RelatedEntry("生发多元科技创新生态", "04版"), contents.get(2));
        assertEquals(new RelatedEntry("迈向工程示范", "15版"), contents.get(9));
    }

    @Test
    void entriesAreKeptInTheOrderFirstSeenAndUntitledOnesLeftOut() {
        RelatedEntry zones = new RelatedEntry("开发区规范提升要敢于“亮牌”", "02版");
        RelatedEntry sixG = new RelatedEntry("6G发展提速 产业新图景渐显", "11版");
        RelatedEntry sameTitleOtherPage = new RelatedEntry("6G发展提速 产业新图景渐显", "12版");

        List<RelatedEntry> contents = TableOfContents.of(List.of(
                withRelated(List.of(sixG, new RelatedEntry(null, "03版"), new RelatedEntry(" ", "05版"))),
                withRelated(List.of(zones, sixG, sameTitleOtherPage))));

        assertEquals(List.of(sixG, zones, sameTitleOtherPage), contents);
    }

    private static ArticleSubmitted withRelated(List<RelatedEntry> related) {
        ArticleSubmitted a = SampleEvents.symposiumReport();
        return new ArticleSubmitted(a.articleId(), a.revision(), a.pubStatus(), a.language(), a.publication(), a.page(),
                a.section(), a.headline(), a.subheadline(), a.kicker(), a.dateline(), a.byline(), a.body(), a.images(),
                related, a.subjects(), a.firstCreated(), a.versionCreated(), a.embargoUntil(), a.source());
    }
}
