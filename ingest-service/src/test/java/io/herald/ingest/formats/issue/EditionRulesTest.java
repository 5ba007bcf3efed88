package io.herald.ingest.formats.issue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.herald.events.BodyBlock;
import io.herald.events.Contributor;
import io.herald.events.Contributor.Role;
import io.herald.ingest.formats.issue.ParsedPage.DroppedLine;
import io.herald.service.problem.ProblemException;

/** The rules for pages as copied from digital editions and archives, one form at a time. */
class EditionRulesTest {

    private static final RequestedIssue RENMIN = new RequestedIssue("人民日报", LocalDate.of(1987, 4, 9), "01版");

    @Test
    void datelinesAndTheBylinesAfterThem() {
        assertOpening("本报讯（记者 王伟）近日，", "本报讯", List.of(reporter("王伟")), "近日，");
        assertOpening("本报北京11月8日讯 记者李明报道:11月8日，", "本报北京11月8日讯", List.of(reporter("李明")), "11月8日，");
        assertOpening("本报福州6月2日电 记者陈红报道：福州", "本报福州6月2日电", List.of(reporter("陈红")), "福州");
        assertOpening("新华社北京6月2日电（记者 张三、李四）国务院", "新华社北京6月2日电",
                List.of(reporter("张三"), reporter("李四")), "国务院");
        assertOpening("【新华社重庆十四日电】拉萨讯:执行", "新华社重庆十四日电", List.of(), "拉萨讯:执行");
        assertOpening("据新华社电 联合国安理会", "据新华社电", List.of(), "联合国安理会");
        assertOpening("据新华社昆明5日电 新华社记者王甸报道:云南", "据新华社昆明5日电", List.of(reporter("王甸")), "云南");
        assertOpening("新华社据塔斯社莫斯科1日讯 苏联", "新华社据塔斯社莫斯科1日讯", List.of(), "苏联");
        assertOpening("本报讯 据中国教育报报道:为了", "本报讯", List.of(), "据中国教育报报道:为了");
        assertNull(Datelines.read("合作社电费标准今年不变。"), "电 after a word ending in 社 is no dateline");
    }

    @Test
    void bylinesOnTheirOwnLine() {
        assertEquals(List.of(reporter("王某"), reporter("李某")), Bylines.read("本报记者 王某 李某"));
        assertEquals(List.of(reporter("李仁臣"), reporter("周庆")), Bylines.read("本报记者李仁臣周庆"),
                "five characters printed together are two names");
        assertEquals(List.of(new Contributor("孙静", Role.CORRESPONDENT)), Bylines.read("通讯员 孙静"));
        assertEquals(List.of(reporter("郑蜀炎")), Bylines.read("■本报记者 郑蜀炎"));
        assertTrue(Bylines.isBylineLine("本报记者 崔丽 庄庆鸿 《 中国青年报 》( 2013年04月27日   04 版)"));
        assertEquals(List.of(new Contributor("雷收麦", Role.AUTHOR)),
                Bylines.read("作者:雷收麦 《光明日报》( 2012年10月27日 06版)"));
    }

    @Test
    void photoCredits() {
        assertTrue(PhotoCaptions.isCredit("(觉果摄)"));
        assertTrue(PhotoCaptions.isCredit("李铁成摄"));
        assertTrue(PhotoCaptions.isCredit("新华社记者鞠鹏摄"));
        assertTrue(PhotoCaptions.isCredit("新华社记者摄"));
        assertTrue(PhotoCaptions.isCredit("新华社发"));
        assertFalse(PhotoCaptions.isCredit("正在拍摄"));
        assertFalse(PhotoCaptions.isCredit("他说这是从北京出发"));
        assertTrue(PhotoCaptions.isCaption("10月11日，习近平在金奈会见莫迪。新华社记者鞠鹏摄"), "a credit ends a caption");
        assertEquals("陈剑", PhotoCaptions.read("金牌读者齐聚一堂 本报记者 陈剑摄", List.of()).photographer());
        assertTrue(PhotoCaptions.isPhotoMarker("(附图片)"));
    }

    @Test
    void furnitureIsDroppedWithItsReason() {
        assertTrue(PageFurniture.opensItem("第4版(要闻)"));
        assertTrue(PageFurniture.opensItem("第 1 版"));
        assertFurniture("专栏:", "column label");
        assertFurniture("01版:要 闻", "list of the issue's pages");
        assertFurniture("前一版 下一版 2021年01月02日", "navigation");
        assertFurniture("  • 时政", "navigation");
        assertFurniture("( 2021-01-02 ) 稿件来源:新华每日电讯 要 闻", "source line");
        assertFurniture("光明日报 2012年10月27日 星期六", "the site's date line");
        assertFurniture("1951年9月15日人民日报 第1版", "the site's date line");
        assertFurniture("1985-01-02", "the site's date line");
        assertFurniture("《 青年参考 》( 2011年08月31日   15 版)", "edition note");
        assertFurniture("中青在线版权与免责声明:", "the site's legal notice");
        assertFurniture("绵延三十年 剪不断的情缘-中国青年报", "the site's title bar");
        assertFurniture("图片新闻", "label over photo items");
        assertNull(PageFurniture.reason(new PageLine("2026年4月6日起施行新规", 0, false)), "a headline with a date");
        assertNull(PageFurniture.reason(new PageLine("第4版要闻综述发布", 0, false)));
    }

    @Test
    void headlineGroupsByPositionAndForm() {
        assertEquals(new Headline("光明情结", "从读者到作者", null), Headlines.read(lines("光明情结", "从读者到作者")),
                "a label over the headline is its 引题");
        assertEquals(new Headline("国家教育委员会部署改革高校教师管理制度", "高校即将实行教师职务聘任制", null),
                Headlines.read(lines("国家教育委员会部署改革高校教师管理制度", "高校即将实行教师职务聘任制")));
        assertEquals(new Headline("在国际新闻工作者协会执行委员会会议上", "埃尔曼作了报告", null),
                Headlines.read(lines("在国际新闻工作者协会执行委员会会议上", "埃尔曼作了报告")));
        assertEquals(new Headline(null, "云南民族工作发展到新阶段", "中共云南省代表大会确定今后工作内容"),
                Headlines.read(lines("云南民族工作发展到新阶段", "中共云南省代表大会确定今后工作内容")));
        assertEquals(new Headline("畅谈成绩 表达决心", "政协举行新年茶话会", "各界人士欢聚一堂 各界代表发了言"),
                Headlines.read(lines("畅谈成绩", "表达决心", "政协举行新年茶话会", "各界人士欢聚一堂", "各界代表发了言")),
                "the middle line of five is the 主题");
    }

    @Test
    void aPageWithoutMastheadTakesThePaperFromTheRequestAndDropsItsFurniture() {
        ParsedPage page = PageParser.parse("""
                01版:要 闻
                02版:国 际
                前一版 下一版 1987年04月09日
                第1版(要闻)
                专栏:
                今年夏时制从4月12日开始
                ——西南西北地区可调整作息时间
                新华社北京4月8日电 国务院办公厅今天发出公告。　　公告说，夏时制从4月12日开始至9月13日结束。
                第1版(要闻)
                专栏:
                全国政协六届五次会议闭幕
                会议今天下午在人民大会堂闭幕，通过了政治决议。
                新春佳节
                首都各界举行春节联欢会
                各界人士欢聚一堂，共迎新春。
                责任编辑：张三
                """, RENMIN, PageLabels.DEFAULT);

        assertEquals("人民日报", page.masthead().publication().name());
        assertEquals(LocalDate.of(1987, 4, 9), page.masthead().publication().issueDate());
        assertEquals("01版", page.page());
        assertEquals(List.of(), page.warnings());
        assertEquals(3, page.items().size(), "a page label or a new headline group starts a new article");
        ParsedItem first = page.items().get(0);
        assertEquals(new Headline(null, "今年夏时制从4月12日开始", "西南西北地区可调整作息时间"), first.headline());
        assertEquals("新华社北京4月8日电", first.dateline());
        assertEquals(List.of(BodyBlock.paragraph("国务院办公厅今天发出公告。"),
                BodyBlock.paragraph("公告说，夏时制从4月12日开始至9月13日结束。")), first.body(),
                "paragraphs sharing a line are paragraphs");
        assertEquals(new Headline(null, "全国政协六届五次会议闭幕", null), page.items().get(1).headline());
        assertNull(page.items().get(1).dateline());
        assertEquals(new Headline("新春佳节", "首都各界举行春节联欢会", null), page.items().get(2).headline());
        assertEquals(List.of("list of the issue's pages", "list of the issue's pages", "navigation", "column label",
                "column label", "editors' credit", "page label", "page label"),
                page.dropped().stream().map(DroppedLine::reason).toList());
    }

    @Test
    void aBylineNeverStaysAtTheStartOfTheBody() {
        ParsedPage page = PageParser.parse("""
                山区小学用上了新教室
                （本报记者 王某 通讯员 李某）近日，山区小学的孩子们搬进了新教室。
                """, RENMIN, PageLabels.DEFAULT);

        ParsedItem school = page.items().get(0);
        assertNull(school.dateline());
        assertEquals(List.of(reporter("王某"), new Contributor("李某", Role.CORRESPONDENT)), school.byline());
        assertEquals(BodyBlock.paragraph("近日，山区小学的孩子们搬进了新教室。"), school.body().get(0));
    }

    @Test
    void theMastheadWinsOverTheRequestWithAWarning() {
        ParsedPage page = PageParser.parse(PageTexts.read(PageTexts.REFERENCE),
                new RequestedIssue("科技日报", LocalDate.of(2026, 4, 7), "03版"), PageLabels.DEFAULT);

        assertEquals("中国高新技术产业导报", page.masthead().publication().name());
        assertEquals(LocalDate.of(2026, 4, 6), page.masthead().publication().issueDate());
        assertEquals("03版", page.page(), "the reference page prints no page label: the request's is used");
        assertEquals(List.of(
                "the masthead prints publication 中国高新技术产业导报, the request gives 科技日报: the masthead's is used",
                "the masthead prints date 2026-04-06, the request gives 2026-04-07: the masthead's is used"),
                page.warnings());
    }

    @Test
    void withoutMastheadTheRequestMustNameThePaperAndTheDate() {
        String page = "国务院办公厅发出公告\n新华社北京4月8日电 国务院办公厅今天发出公告。";
        UnrecognisedPageException refused = assertThrows(UnrecognisedPageException.class,
                () -> PageParser.parse(page, new RequestedIssue("人民日报", null, null), PageLabels.DEFAULT));
        assertEquals(IssueFacts.RULE, refused.rule());
    }

    @Test
    void queryParametersAreCheckedOneByOne() {
        assertEquals(new RequestedIssue("人民日报", LocalDate.of(1987, 4, 9), "01版"),
                RequestedIssue.of(" 人民日报 ", "1987-04-09", "1"));
        assertEquals(RequestedIssue.NONE, RequestedIssue.of(null, "", " "));
        assertParameterRefused("date", () -> RequestedIssue.of("人民日报", "1987-4-9", null));
        assertParameterRefused("page", () -> RequestedIssue.of("人民日报", null, "头版"));
        assertParameterRefused("publication", () -> RequestedIssue.of("人民日报\n社论", null, null));
    }

    private static void assertParameterRefused(String parameter, Runnable request) {
        ProblemException refused = assertThrows(ProblemException.class, request::run);
        assertEquals(400, refused.status());
        assertEquals(parameter, refused.errors().get(0).field());
    }

    private static void assertOpening(String paragraph, String dateline, List<Contributor> byline, String rest) {
        Datelines.Opening opening = Datelines.read(paragraph);
        assertEquals(new Datelines.Opening(dateline, byline, rest), opening, paragraph);
    }

    private static void assertFurniture(String text, String reason) {
        assertEquals(reason, PageFurniture.reason(PageLines.of(text).get(0)), text);
    }

    private static List<PageLine> lines(String... texts) {
        return List.of(texts).stream().map(text -> new PageLine(text, 0, false)).toList();
    }

    private static Contributor reporter(String name) {
        return new Contributor(name, Role.REPORTER);
    }
}
