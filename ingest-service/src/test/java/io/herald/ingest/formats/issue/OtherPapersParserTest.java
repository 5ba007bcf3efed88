package io.herald.ingest.formats.issue;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

/** Pages of other papers, in other layouts, recognised by the same rules as the reference page. */
class OtherPapersParserTest {

    @Test
    void plainTextPageInThePeoplesDailyStyle() {
        ParsedPage page = PageParser.parse(PageTexts.read("renmin-style-2026-03-05-p01.txt"), "07版");

        assertEquals(new Publication("人民日报", "RENMIN RIBAO", LocalDate.of(2026, 3, 5), 27100, null, 20, "CN 11-0065",
                "1-1"), page.masthead().publication());
        assertEquals(Map.of("主办", "中国共产党中央委员会", "星期", "星期四"), page.masthead().facts());
        assertEquals("01版", page.page(), "the page label printed under the masthead wins over the default");
        assertEquals("要闻", page.masthead().section());
        assertEquals(List.of(new RelatedEntry("政府工作报告全文", "02版"), new RelatedEntry("代表委员热议高质量发展", "04版")),
                page.toc());
        assertEquals(2, page.items().size());

        ParsedItem briefing = page.items().get(0);
        assertEquals(new Headline("牢记嘱托 勇挑大梁", "十四届全国人大四次会议举行新闻发布会", "大会发言人就大会议程和人大工作回答中外记者提问"),
                briefing.headline());
        assertEquals("本报北京3月4日电", briefing.dateline());
        assertEquals(List.of(new Contributor("王明", Role.REPORTER), new Contributor("李华", Role.REPORTER)),
                briefing.byline());
        Image photo = new Image(null, "图为新闻发布会现场。", null, "陈晨", "图为新闻发布会现场。");
        assertEquals(List.of(
                BodyBlock.paragraph("十四届全国人大四次会议新闻发布会4日在人民大会堂新闻发布厅举行。大会发言人表示，今年将继续完善"
                        + "重点领域、新兴领域、涉外领域立法，以高质量立法保障高质量发展。"),
                BodyBlock.paragraph("发言人介绍，本次大会共收到代表提出的议案和建议，内容涉及经济社会发展各个方面。"),
                new BodyBlock(BodyBlock.Type.IMAGE, null, null, null, photo),
                BodyBlock.paragraph("在回答有关科技创新的提问时，发言人说，要加快实现高水平科技自立自强。")), briefing.body());
        assertEquals(List.of(photo), briefing.images(), "a photo inside an open article is the article's image");

        ParsedItem envoys = page.items().get(1);
        assertEquals(new Headline(null, "各国驻华使节旁听大会开幕会", "外国使节积极评价中国发展成就"), envoys.headline());
        assertEquals("新华社北京3月4日电", envoys.dateline());
        assertEquals(List.of(new Contributor("赵磊", Role.REPORTER), new Contributor("孙静", Role.CORRESPONDENT)),
                envoys.byline());
        assertEquals("4日上午，各国驻华使节应邀旁听十四届全国人大四次会议开幕会。", envoys.body().get(0).text());
        assertEquals(2, envoys.paragraphCount());

        assertEquals(List.of(new DroppedLine("本版责编：张三 刘四", "editors' credit"),
                new DroppedLine("网址：http://www.people.com.cn", "web address"),
                new DroppedLine("微信公众号：人民日报", "social media account"),
                new DroppedLine("人民网", "site name")), page.dropped());
        assertEquals(1, page.joints().size());
    }
}
