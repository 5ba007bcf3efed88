package io.herald.render.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.herald.events.ArticleSubmitted;
import io.herald.events.Contributor;
import io.herald.events.Contributor.Role;
import io.herald.events.PubStatus;
import io.herald.events.testing.ReferencePage;

class CreditsTest {

    @Test
    void underTheDatelineTheWritersAreInBracketsAsTheReferencePagePrintsIt() {
        ArticleSubmitted symposium = ReferencePage.item(ReferencePage.SYMPOSIUM, "credits");
        ArticleSubmitted forum = ReferencePage.item(ReferencePage.FORUM, "credits");

        assertEquals("本报讯（记者 姚雯）", Credits.printedByline(symposium));
        assertEquals("本报讯（记者 张伟）", Credits.printedByline(forum));
        assertNull(Credits.datelineApart(symposium), "the dateline is in the byline");
    }

    @Test
    void withoutADatelineThePapersOwnReportersAreBenBaoJiZhe() {
        assertEquals("本报记者 张伟", Credits.printedByline(article(null, new Contributor("张伟", Role.REPORTER))));
        assertEquals("本报记者 张伟 李明 本报通讯员 王芳", Credits.printedByline(article(null,
                new Contributor("张伟", Role.REPORTER), new Contributor("李明", Role.REPORTER),
                new Contributor("王芳", Role.CORRESPONDENT))));
        assertEquals("记者 张伟", Credits.printedByline(new ArticleSubmitted("a", 1, PubStatus.USABLE, "zh-CN", null,
                null, null, "标题", null, null, null, List.of(new Contributor("张伟", Role.REPORTER)), List.of(),
                List.of(), List.of(), List.of(), null, null, null, null)), "no paper: not 本报");
        assertEquals("姚雯", Credits.printedByline(article(null, new Contributor("姚雯", Role.AUTHOR))),
                "a sign-off is the name alone, never 作者");
    }

    @Test
    void aDatelineWithWritersHoldsThemAllOthersFollow() {
        ArticleSubmitted article = article("新华社北京6月2日电", new Contributor("张伟", Role.REPORTER),
                new Contributor("李明", Role.REPORTER), new Contributor("王芳", Role.CORRESPONDENT),
                new Contributor("刘甲", Role.PHOTOGRAPHER), new Contributor("赵六", Role.EDITOR));

        assertEquals("新华社北京6月2日电（记者 张伟 李明 通讯员 王芳） 摄影 刘甲 编辑 赵六", Credits.printedByline(article));
    }

    @Test
    void aDatelineWithoutWritersIsPrintedApart() {
        ArticleSubmitted photo = article("本报讯", new Contributor("刘甲", Role.PHOTOGRAPHER));

        assertEquals("摄影 刘甲", Credits.printedByline(photo));
        assertEquals("本报讯", Credits.datelineApart(photo));
        assertNull(Credits.printedByline(article("本报讯")));
        assertEquals("王芳", Credits.printedByline(article(null, new Contributor("王芳", Role.OTHER),
                new Contributor(" ", Role.REPORTER))));
    }

    /** The reference page's 中关村论坛 report with {@code dateline} and {@code byline} instead of its own. */
    private static ArticleSubmitted article(String dateline, Contributor... byline) {
        ArticleSubmitted forum = ReferencePage.item(ReferencePage.FORUM, "credits");
        return new ArticleSubmitted(forum.articleId(), forum.revision(), forum.pubStatus(), forum.language(),
                forum.publication(), forum.page(), forum.section(), forum.headline(), forum.subheadline(),
                forum.kicker(), dateline, List.of(byline), forum.body(), forum.images(), forum.related(),
                forum.subjects(), forum.firstCreated(), forum.versionCreated(), forum.embargoUntil(), forum.source());
    }
}
