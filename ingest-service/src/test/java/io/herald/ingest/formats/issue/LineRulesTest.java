package io.herald.ingest.formats.issue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.herald.events.Contributor;
import io.herald.events.Contributor.Role;
import io.herald.events.Image;

/** The line-level rules, each on forms other papers print. */
class LineRulesTest {

    @Test
    void datelinesOfOwnReportersAndAgencies() {
        assertEquals(new Datelines.Opening("本报讯", List.of(new Contributor("张伟", Role.REPORTER)), "3月29日,论坛开幕。"),
                Datelines.read("本报讯 (记者 张伟) 3月29日,论坛开幕。"));
        assertEquals("本报北京3月4日电", Datelines.read("本报北京3月4日电 十四届全国人大…").dateline());
        assertEquals("新华社北京3月4日电", Datelines.read("新华社北京3月4日电（记者 赵磊）4日上午…").dateline());
        assertEquals("中新社上海3月4日专电", Datelines.read("中新社上海3月4日专电 …").dateline());
        assertEquals("央视网讯", Datelines.read("央视网讯 据报道…").dateline());
        assertEquals(List.of(new Contributor("王明", Role.REPORTER), new Contributor("李华", Role.CORRESPONDENT)),
                Datelines.read("本报讯（记者 王明 通讯员 李华）近日…").byline());
    }

    @Test
    void paragraphsThatOnlyMentionReportersOrDatesHaveNoDateline() {
        assertNull(Datelines.read("本报记者日前从工业和信息化部获悉，…"));
        assertNull(Datelines.read("3月4日电力负荷创新高。"));
    }

    @Test
    void bracketsAfterADatelineThatAreNoBylineStayInTheText() {
        Datelines.Opening opening = Datelines.read("本报讯 (上接1版) 会议指出…");
        assertEquals(List.of(), opening.byline());
        assertEquals("(上接1版) 会议指出…", opening.restOfText());
    }

    @Test
    void bylineLinesNameEveryPersonWithTheirRole() {
        assertTrue(Bylines.isBylineLine("本报记者 王明、李华"));
        assertEquals(List.of(new Contributor("王明", Role.REPORTER), new Contributor("李华", Role.REPORTER),
                new Contributor("孙静", Role.CORRESPONDENT), new Contributor("周一", Role.OTHER)),
                Bylines.read("本报记者 王明 李华 通讯员 孙静 实习生 周一"));
        assertEquals(List.of(new Contributor("阿依古丽·买买提", Role.REPORTER)), Bylines.read("记者 阿依古丽·买买提"));
        assertFalse(Bylines.isBylineLine("记者会上，发言人说"));
        assertFalse(Bylines.isBylineLine("王明、李华"), "names without a role word are no byline");
    }

    @Test
    void signOffAfterTheLastSentenceNamesTheAuthors() {
        assertEquals(new SignOffs.SignOff("…提升融合发展成效。", List.of(new Contributor("姚雯", Role.AUTHOR))),
                SignOffs.read("…提升融合发展成效。 姚雯"));
        assertEquals(List.of(new Contributor("王明", Role.AUTHOR), new Contributor("李华", Role.AUTHOR)),
                SignOffs.read("…成效。（王明 李华）").people());
        assertEquals(new SignOffs.SignOff("…成效。", List.of(new Contributor("王明", Role.REPORTER))),
                SignOffs.read("…成效。（本报记者 王明）"));
        assertEquals(List.of(new Contributor("姚雯", Role.AUTHOR)), SignOffs.read("他说：“要干实事。” 姚雯").people());
    }

    @Test
    void textAfterTheLastStopIsNoSignOffWithoutASpaceOrBrackets() {
        assertNull(SignOffs.read("…出席会议。工业和"));
        assertNull(SignOffs.read("…出席会议。 会议指出，要加快"));
        assertNull(SignOffs.read("…出席会议。"));
        assertNull(SignOffs.read("…出席会议（图见2版）"));
    }

    @Test
    void captionCreditsOnTheirOwnLinesOrAtTheCaptionsEnd() {
        assertEquals(new Image(null, "图为现场。", "新华社", "李某", "图为现场。"),
                PhotoCaptions.read("图为现场。 新华社记者 李某 摄", List.of()));
        assertEquals(new Image(null, "图为现场。", null, "陈晨", "图为现场。"),
                PhotoCaptions.read("图为现场。（记者 陈晨 摄）", List.of()));
        assertEquals(new Image(null, "上图：游客在拍摄樱花。", "某某公园供图", null, "上图：游客在拍摄樱花。"),
                PhotoCaptions.read("上图：游客在拍摄樱花。", List.of("某某公园供图")));
        assertEquals(new Image(null, "图为盾构机下线现场(无人机照片)", "新华社发", "刘甲", "图为盾构机下线现场(无人机照片)"),
                PhotoCaptions.read("图为盾构机下线现场(无人机照片)", List.of("新华社发", "(刘甲/摄)")));
        assertFalse(PhotoCaptions.isCredit("他们忙着拍摄"), "a sentence ending in 摄 is no credit");
        assertEquals("游客在拍摄樱花", PhotoCaptions.title("上图：游客在拍摄樱花。"));
    }

    @Test
    void headlineDecks() {
        assertEquals(new Headline(null, "全国工业和信息化工作座谈会召开", "完善高新区等创新载体建设布局"),
                Headlines.read(List.of(new PageLine("全国工业和信息化工作座谈会召开 完善高新区等创新载体建设布局", 2, false))));
        assertEquals(new Headline(null, "6G发展提速 产业新图景渐显", null),
                Headlines.read(List.of(new PageLine("6G发展提速 产业新图景渐显", 2, false))), "two short halves are one headline");
        assertEquals(new Headline("坚定信心", "奋力推进中国式现代化", null),
                Headlines.read(List.of(new PageLine("坚定信心", 3, false), new PageLine("奋力推进中国式现代化", 2, false))));
        assertEquals(new Headline(null, "奋力推进中国式现代化", "代表委员热议"),
                Headlines.read(List.of(new PageLine("奋力推进中国式现代化", 0, false), new PageLine("——代表委员热议", 0, false))));
    }

    @Test
    void breaksAreRejoinedOnlyWhereASentenceWasCut() {
        ParagraphJoiner.Result result = ParagraphJoiner.join(List.of(
                new PageLine("具体措施如下：", 0, false),
                new PageLine("加强基础研究", 0, true),
                new PageLine("勇闯科技前沿", 0, false),
                new PageLine("本次发布的成果，集中展现了", 0, false),
                new PageLine("我国科学家的勇气与实力。", 0, false),
                new PageLine("研究团队发布了开源软件，名为 FlagOS", 0, false),
                new PageLine("2.0，性能提升明显。", 0, false),
                new PageLine("会议指出，要加快推进", 0, false),
                new PageLine("新华社北京3月4日电 …", 0, false)));
        assertEquals(List.of("具体措施如下：", "加强基础研究", "勇闯科技前沿", "本次发布的成果，集中展现了我国科学家的勇气与实力。",
                "研究团队发布了开源软件，名为 FlagOS 2.0，性能提升明显。", "会议指出，要加快推进", "新华社北京3月4日电 …"),
                result.lines().stream().map(PageLine::text).toList());
        assertEquals(2, result.joints().size());
    }

    @Test
    void footerNoiseButNotHeadlinesOrText() {
        assertEquals("site name", FooterNoise.reason(new PageLine("中国高新网", 0, false), null));
        assertNull(FooterNoise.reason(new PageLine("织密一张网", 0, false), new PageLine("本报讯 近日…", 0, false)),
                "a short line ending in 网 above a dateline is a headline");
        assertNull(FooterNoise.reason(new PageLine("中国高新网", 2, false), null), "headings are never noise");
        assertEquals("web address", FooterNoise.reason(new PageLine("www.chinahightech.com", 0, false), null));
        assertEquals("imprint", FooterNoise.reason(new PageLine("地址：北京市复兴路15号 邮编：100038", 0, false), null));
        assertNull(FooterNoise.reason(new PageLine("编辑部收到读者来信后，记者进行了调查。", 0, false), null));
    }

    @Test
    void pageLabels() {
        assertEquals("01版", PageLabels.normalise("1"));
        assertEquals("03版", PageLabels.normalise("第3版"));
        assertEquals("12版", PageLabels.normalise("12版"));
        assertEquals("A1版", PageLabels.normalise("a1"));
        assertNull(PageLabels.normalise("头版"));
    }
}
