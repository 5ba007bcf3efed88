package io.herald.render;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.herald.events.ArticleSubmitted;
import io.herald.events.BodyBlock;
import io.herald.events.Contributor;
import io.herald.events.PubStatus;
import io.herald.events.Publication;
import io.herald.events.Source;

/** The first article of 中国高新技术产业导报 2026-04-06, page 01 (copied from the reference page). */
public final class SampleArticles {

    public static final String HEADLINE = "2026年全国工业和信息化科技创新和产业创新融合发展工作座谈会召开";
    public static final String SUBHEADLINE = "完善高新区等创新载体建设布局";
    public static final String DATELINE = "本报讯";
    public static final String AUTHOR = "姚雯";
    public static final List<String> PARAGRAPHS = List.of(
            "4月2-3日,全国工业和信息化科技创新和产业创新融合发展工作座谈会在苏州市召开。会议深入学习贯彻习近平总书记关于"
                    + "科技创新和产业创新融合发展的重要论述,贯彻落实中央经济工作会议精神,研究部署下一阶段产业科技创新重点工作任务。"
                    + "工业和信息化部党组成员、副部长柯吉欣出席会议并讲话,江苏省委常委、苏州市委书记范波出席会议。",
            "会议指出,习近平总书记高度重视科技创新和产业创新融合工作,发表了一系列重要论述,深刻阐明了科技创新和产业创新深度"
                    + "融合的理论内涵。工业和信息化系统要深刻领会习近平总书记关于科技创新和产业创新融合发展的重要论述,准确把握"
                    + "“十五五”时期新形势、新要求和新任务,在创新策源战略布局、培育高水平创新主体、夯实产业技术基础、培育未来产业、"
                    + "加速成果高效转化上狠下功夫,奋力开创科技创新和产业创新融合发展新局面,为加快推进新型工业化作出新的更大贡献。",
            "会议强调,进一步推动科技创新和产业创新深度融合,要强化企业创新主体地位,大力培育核心技术领先、创新能力强的科技"
                    + "领军企业和高新技术企业,在国家重点研发计划重点专项中部署一批企业牵头承担项目,引导各类创新资源向企业集聚,"
                    + "带动产业向前沿和高端领域迈进。");
    /** 2026-04-06 06:30 in Beijing. */
    public static final Instant VERSION_CREATED = Instant.parse("2026-04-05T22:30:00Z");
    public static final Publication PUBLICATION = new Publication("中国高新技术产业导报", "CHINA HIGH-TECH INDUSTRY HERALD",
            LocalDate.of(2026, 4, 6), 12, 2664, 16, "CN 11—0237", "1—206");

    private SampleArticles() {
    }

    /** A fresh article id, so that tests sharing one broker and database never see each other's articles. */
    public static String newArticleId(String name) {
        return "demo:p01-" + name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static ArticleSubmitted firstArticle(String articleId, int revision) {
        return article(articleId, revision, PubStatus.USABLE, HEADLINE, PARAGRAPHS);
    }

    public static ArticleSubmitted article(String articleId, int revision, PubStatus status, String headline,
            List<String> paragraphs) {
        return withBlocks(articleId, revision, status, headline, paragraphs.stream().map(BodyBlock::paragraph).toList());
    }

    /** The first article's headline and credits with any body. */
    public static ArticleSubmitted withBody(String articleId, List<BodyBlock> body) {
        return withBlocks(articleId, 1, PubStatus.USABLE, HEADLINE, body);
    }

    private static ArticleSubmitted withBlocks(String articleId, int revision, PubStatus status, String headline,
            List<BodyBlock> body) {
        return new ArticleSubmitted(articleId, revision, status, "zh-CN", PUBLICATION, "01版", "要闻",
                headline, SUBHEADLINE, null, DATELINE,
                List.of(new Contributor(AUTHOR, Contributor.Role.AUTHOR)),
                body,
                List.of(), List.of(), List.of("产业创新"),
                VERSION_CREATED, VERSION_CREATED, null, new Source("demo", articleId.substring("demo:".length())));
    }
}
