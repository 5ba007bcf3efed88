package io.herald.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The first article of the reference page (中国高新技术产业导报 2026-04-06, 01版) as an event. */
final class SampleEvents {

    static final Publication CHINA_HIGH_TECH_HERALD = new Publication("中国高新技术产业导报",
            "CHINA HIGH-TECH INDUSTRY HERALD", LocalDate.of(2026, 4, 6), 12, 2664, 16, "CN 11—0237", "1—206");

    private SampleEvents() {
    }

    static ArticleSubmitted symposiumReport() {
        return new ArticleSubmitted(
                "demo:p01-symposium", 1, PubStatus.USABLE, "zh-CN", CHINA_HIGH_TECH_HERALD, "01版", "要闻",
                "2026年全国工业和信息化科技创新和产业创新融合发展工作座谈会召开", "完善高新区等创新载体建设布局",
                null, "本报讯",
                List.of(new Contributor("姚雯", Contributor.Role.AUTHOR)),
                List.of(BodyBlock.paragraph("4月2-3日,全国工业和信息化科技创新和产业创新融合发展工作座谈会在苏州市召开。"),
                        BodyBlock.paragraph("会议指出,习近平总书记高度重视科技创新和产业创新融合工作。")),
                List.of(new Image(null, "图为“奋楫号”盾构机下线现场(无人机照片)", "新华社发", "刘甲", null)),
                List.of(new RelatedEntry("开发区规范提升要敢于“亮牌”", "02版")),
                List.of("科技创新"),
                Instant.parse("2026-04-05T12:00:00Z"), Instant.parse("2026-04-05T12:00:00Z"), null,
                new Source("demo", "p01-symposium"), Instant.parse("2026-04-05T16:00:00Z"),
                "工信部召开座谈会,部署科技创新和产业创新融合发展。");
    }
}
