package io.herald.catalog.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.herald.events.ArticleSubmitted;
import io.herald.events.BodyBlock;
import io.herald.events.Contributor;
import io.herald.events.PubStatus;
import io.herald.events.Publication;
import io.herald.events.RelatedEntry;
import io.herald.events.Source;

/** Events built from the reference page: 中国高新技术产业导报, 2026-04-06, 01版. */
public final class SampleArticles {

    public static final String FORUM_HEADLINE = "2026中关村论坛年会集中发布21项重大科技成果";

    private static final Publication HERALD = new Publication("中国高新技术产业导报", "CHINA HIGH-TECH INDUSTRY HERALD",
            LocalDate.of(2026, 4, 6), 12, 2664, 16, "CN 11—0237", "1—206");

    private SampleArticles() {
    }

    /** A fresh article id, so that tests sharing one catalog never see each other's articles. */
    public static String newArticleId() {
        return "demo:p01-" + UUID.randomUUID();
    }

    /** The 中关村论坛 report (记者 张伟) as revision 1. */
    public static ArticleSubmitted forumReport(String articleId) {
        return forumReport(articleId, 1, FORUM_HEADLINE);
    }

    public static ArticleSubmitted forumReport(String articleId, int revision, String headline) {
        return forumReport(articleId, revision, headline, PubStatus.USABLE, null);
    }

    /** The 中关村论坛 report as {@code revision}, with a status and an embargo ({@code null}: none). */
    public static ArticleSubmitted forumReport(String articleId, int revision, String headline, PubStatus pubStatus,
            Instant embargoUntil) {
        return new ArticleSubmitted(articleId, revision, pubStatus, "zh-CN", HERALD, "01版", "要闻",
                headline, null, null, "本报讯",
                List.of(new Contributor("张伟", Contributor.Role.REPORTER)),
                List.of(BodyBlock.paragraph("3月29日,2026中关村论坛年会“重大成果专场发布会”上,面向世界科技前沿、"
                        + "面向经济主战场、面向国家重大需求、面向人民生命健康的4类21项重大科技成果集中发布。"),
                        BodyBlock.paragraph("面向世界科技前沿的成果共5项:高能同步辐射光源建成试运行、世界最高磁场全超导用户磁体、"
                                + "首次实现二维金属、性能超越硅基的二维半导体晶圆、全球首款亚埃米级光谱成像芯片“玉衡”。"),
                        BodyBlock.paragraph("北京市科委、中关村管委会相关负责人介绍说,本次成果发布具有4个鲜明特点。")),
                List.of(),
                List.of(new RelatedEntry("开发区规范提升要敢于“亮牌”", "02版"),
                        new RelatedEntry("6G发展提速 产业新图景渐显", "11版")),
                List.of("科技成果", "中关村论坛"),
                Instant.parse("2026-04-05T10:00:00Z"), Instant.parse("2026-04-05T10:00:00Z").plusSeconds(revision),
                embargoUntil, new Source("demo", articleId.substring(articleId.indexOf(':') + 1)));
    }
}
