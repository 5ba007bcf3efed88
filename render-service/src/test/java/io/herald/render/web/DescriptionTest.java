package io.herald.render.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.herald.events.ArticleSubmitted;
import io.herald.events.BodyBlock;
import io.herald.events.Image;
import io.herald.events.PubStatus;

class DescriptionTest {

    @Test
    void paragraphsAreJoinedWithWhiteSpaceCollapsedAndCutAtASentence() {
        ArticleSubmitted article = article(null, List.of(BodyBlock.paragraph("  会议在\n苏州市召开。 "),
                new BodyBlock(BodyBlock.Type.HEADING, "小标题", 2, null, null), BodyBlock.paragraph("会议指出,要强化企业创新主体地位。")));

        assertEquals("会议在 苏州市召开。 会议指出,要强化企业创新主体地位。", Description.of(article, 100));
        assertEquals("会议在 苏州市召开。", Description.of(article, 14));
    }

    @Test
    void theNewsroomsSummaryDescribesRatherThanTheBody() {
        ArticleSubmitted article = withSummary(article(null, List.of(BodyBlock.paragraph("会议在苏州市召开。"))),
                "  座谈会部署\n产业科技创新。  ");

        assertEquals("座谈会部署 产业科技创新。", Description.of(article, 100));
        assertEquals("座谈会…", Description.of(article, 4), "cut as the body would be");
        assertEquals("会议在苏州市召开。", Description.of(withSummary(article, " "), 100), "a blank summary is none");
    }

    @Test
    void withoutParagraphsTheSubheadlineOrElseTheFirstCaptionDescribes() {
        BodyBlock picture = new BodyBlock(BodyBlock.Type.IMAGE, null, null, null,
                new Image(null, "图为“奋楫号”盾构机下线现场", "新华社发", "刘甲", null));

        assertEquals("图为“奋楫号”盾构机下线现场", Description.of(article(null, List.of(picture)), 100));
        assertEquals("下线现场", Description.of(article("下线现场", List.of(picture)), 100));
        assertEquals("", Description.of(article(null, List.of()), 100));
    }

    private static ArticleSubmitted withSummary(ArticleSubmitted a, String summary) {
        return new ArticleSubmitted(a.articleId(), a.revision(), a.pubStatus(), a.language(), a.publication(), a.page(),
                a.section(), a.headline(), a.subheadline(), a.kicker(), a.dateline(), a.byline(), a.body(), a.images(),
                a.related(), a.subjects(), a.firstCreated(), a.versionCreated(), a.embargoUntil(), a.source(),
                a.published(), summary);
    }

    private static ArticleSubmitted article(String subheadline, List<BodyBlock> body) {
        return new ArticleSubmitted("demo:description", 1, PubStatus.USABLE, "zh-CN", null, null, null, "标题", subheadline,
                null, null, List.of(), body, List.of(), List.of(), List.of(), Instant.EPOCH, Instant.EPOCH, null, null);
    }
}
