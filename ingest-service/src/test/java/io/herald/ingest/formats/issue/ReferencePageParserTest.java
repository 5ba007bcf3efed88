package io.herald.ingest.formats.issue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.herald.events.BodyBlock;
import io.herald.events.Contributor;
import io.herald.events.Contributor.Role;
import io.herald.events.Image;
import io.herald.events.Publication;
import io.herald.events.RelatedEntry;
import io.herald.ingest.formats.issue.ParsedPage.DroppedLine;

/** The reference page, china-hightech-herald-2026-04-06-p01.md, recognised field by field. */
class ReferencePageParserTest {

    private final ParsedPage page = PageParser.parse(PageTexts.read(PageTexts.REFERENCE), PageLabels.DEFAULT);

    @Test
    void mastheadGivesThePublicationAndItsPrintedFacts() {
        assertEquals(new Publication("中国高新技术产业导报", "CHINA HIGH-TECH INDUSTRY HERALD", LocalDate.of(2026, 4, 6),
                12, 2664, 16, "CN 11—0237", "1—206"), page.masthead().publication());
        assertEquals(Map.of("主管", "科学技术部", "主办", "科技日报社", "星期", "星期一"), page.masthead().facts());
        assertNull(page.masthead().page(), "the masthead prints no page label");
        assertEquals("01版", page.page());
    }

    @Test
    void pageHoldsTwoArticlesThenThePhotoBetweenThem() {
        assertEquals(List.of(ParsedItem.Kind.ARTICLE, ParsedItem.Kind.PHOTO, ParsedItem.Kind.ARTICLE),
                page.items().stream().map(ParsedItem::kind).toList());
    }

    @Test
    void symposiumReportHasMainAndSubheadlineAndIsSignedByItsAuthor() {
        ParsedItem symposium = page.items().get(0);
        assertEquals(new Headline(null, "2026年全国工业和信息化科技创新和产业创新融合发展工作座谈会召开", "完善高新区等创新载体建设布局"),
                symposium.headline());
        assertEquals("本报讯", symposium.dateline());
        assertEquals(List.of(new Contributor("姚雯", Role.AUTHOR)), symposium.byline());
        assertEquals(3, symposium.paragraphCount());
        assertEquals(symposium.paragraphCount(), symposium.body().size());
        assertTrue(symposium.images().isEmpty());
        String first = text(symposium, 0);
        assertTrue(first.startsWith("4月2-3日,全国工业和信息化"), first);
        assertTrue(first.contains("江苏省委常委、苏州市委书记范波出席会议。"), first);
        assertTrue(text(symposium, 1).contains("新要求和新任务,在创新策源战略布局"), text(symposium, 1));
        assertTrue(text(symposium, 2).startsWith("会议强调,进一步推动科技创新和产业创新深度融合,要强化企业创新主体地位,大力培育"),
                text(symposium, 2));
        assertTrue(text(symposium, 2).endsWith("在双向互动中提升融合发展成效。"), "sign-off taken off: " + text(symposium, 2));
    }

    @Test
    void photoItemCarriesTheTextPrintedWithThePictureAndItsCredits() {
        ParsedItem photo = page.items().get(1);
        Image image = new Image(null, "图为“奋楫号”盾构机下线现场(无人机照片)", "新华社发", "刘甲",
                "图为“奋楫号”盾构机下线现场(无人机照片)");
        assertEquals(new Headline(null, "“奋楫号”盾构机下线现场", null), photo.headline());
        assertNull(photo.dateline());
        assertEquals(List.of(new Contributor("刘甲", Role.PHOTOGRAPHER)), photo.byline());
        assertEquals(List.of(image), photo.images());
        assertEquals(2, photo.body().size());
        assertTrue(text(photo, 0).startsWith("3月31日,由中国铁建打造的一台国产14米级超大直径盾构机“奋楫号”"), text(photo, 0));
        assertEquals(new BodyBlock(BodyBlock.Type.IMAGE, null, null, null, image), photo.body().get(1));
    }

    @Test
    void zhongguancunReportIsByItsReporterWithEveryBreakRejoined() {
        ParsedItem forum = page.items().get(2);
        assertEquals(new Headline(null, "2026中关村论坛年会集中发布21项重大科技成果", null), forum.headline());
        assertEquals("本报讯", forum.dateline());
        assertEquals(List.of(new Contributor("张伟", Role.REPORTER)), forum.byline());
        assertTrue(text(forum, 0).startsWith("3月29日,2026中关村论坛年会"), text(forum, 0));
        assertEquals(10, forum.paragraphCount());
        assertTrue(text(forum, 2).contains("环保生物材料聚羟基脂肪酸酯(PHA)建成万吨级生产线"), text(forum, 2));
        assertEquals("勇闯科技前沿,以“从0-1”的始突破夯实创新根基。本次发布的重大科技成果,集中展现了我国科学家在基础科学和前沿技术领域"
                + "向“无人区”进发的勇气与实力。", text(forum, 6));
        assertTrue(text(forum, 9).startsWith("突出先行先试"), text(forum, 9));
    }

    @Test
    void allFiveMidSentenceBreaksAreRejoined() {
        assertEquals(List.of("…并讲话,江苏省委|常委、苏州市委书…", "…势、新要求和新任|务,在创新策源战…", "…强化企业创新主体|地位,大力培育核…",
                "…料聚羟基脂肪酸酯|(PHA)建成万…", "…以“从0-1”的|始突破夯实创新根…"), page.joints());
    }

    @Test
    void tableOfContentsListsTenEntriesWithTheirPages() {
        assertEquals(List.of(
                new RelatedEntry("开发区规范提升要敢于“亮牌”", "02版"),
                new RelatedEntry("世界领先科技园区建设", "04版"),
                new RelatedEntry("生发多元科技创新生态", "04版"),
                new RelatedEntry("6G发展提速 产业新图景渐显", "11版"),
                new RelatedEntry("专家共话 AI赋能千行百业高质量发展", "12版"),
                new RelatedEntry("我国脑机接口创新成果", "13版"),
                new RelatedEntry("集中展示应用潜力", "13版"),
                new RelatedEntry("燃料电池汽车驶入规模化发展快车道", "14版"),
                new RelatedEntry("核聚变能加速从科学研究", "15版"),
                new RelatedEntry("迈向工程示范", "15版")), page.toc());
    }

    @Test
    void footerIsDroppedAndInNoItem() {
        assertEquals(List.of(new DroppedLine("微信公众号", "social media account"), new DroppedLine("中国高新网", "site name")),
                page.dropped());
        for (ParsedItem item : page.items()) {
            for (BodyBlock block : item.body()) {
                String text = block.text() == null ? "" : block.text();
                assertFalse(text.contains("微信公众号") || text.contains("中国高新网") || text.contains("本期导读"), text);
            }
        }
    }

    private static String text(ParsedItem item, int block) {
        return item.body().get(block).text();
    }
}
