package io.herald.ingest.formats.ninjs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.herald.events.BodyBlock.Type;
import io.herald.events.InlineRun.Mark;
import io.herald.ingest.article.BodyBlockRequest;
import io.herald.ingest.article.ImageRequest;
import io.herald.ingest.article.InlineRunRequest;

class BodyBlocksTest {

    @Test
    void containersAreLookedIntoAndLooseTextIsAParagraph() {
        List<BodyBlockRequest> blocks = BodyBlocks.fromHtml(
                "导语<div><section><h3>小标题</h3><p>正文<b>加粗</b>。</p></section></div><span>尾声</span>");

        assertEquals(List.of(
                new BodyBlockRequest(Type.PARAGRAPH, "导语", null, null, null),
                new BodyBlockRequest(Type.HEADING, "小标题", 3, null, null),
                new BodyBlockRequest(Type.PARAGRAPH, "正文加粗。", null, null, null, List.of(run("正文"),
                        new InlineRunRequest("加粗", List.of(Mark.BOLD), null), run("。")), null),
                new BodyBlockRequest(Type.PARAGRAPH, "尾声", null, null, null)), blocks);
    }

    @Test
    void pictureInsideAParagraphFollowsItsTextAndSourcesAreRewritten() {
        List<BodyBlockRequest> blocks = BodyBlocks.fromHtml("<p>见图<img src=\"a.jpg\" alt=\"图\"></p><img src=\"\">",
                (image, embedId) -> Optional.of(ImageRequest.builder().uri("https://herald.example/" + image.uri())
                        .altText(image.altText()).build()));

        assertEquals(List.of(
                new BodyBlockRequest(Type.PARAGRAPH, "见图", null, null, null),
                new BodyBlockRequest(Type.IMAGE, null, null, null,
                        new ImageRequest("https://herald.example/a.jpg", null, null, null, "图"))), blocks);
    }

    @Test
    void emptyElementsScriptsAndStylesLeaveNoBlocks() {
        assertEquals(List.of(), BodyBlocks.fromHtml("<p> </p><script>x()</script><style>p{}</style><ul><li> </li></ul>"));
    }

    @Test
    void orderedListKeepsItsItemsInOrder() {
        assertEquals(List.of(new BodyBlockRequest(Type.LIST, null, null, List.of("一", "二"), null)),
                BodyBlocks.fromHtml("<ol><li>一</li><li>二</li></ol>"));
    }

    @Test
    void deeplyNestedMarkupIsReadWithoutExhaustingTheStack() {
        String html = "<div>".repeat(50_000) + "<p>深处</p>" + "</div>".repeat(50_000);

        assertEquals(List.of(new BodyBlockRequest(Type.PARAGRAPH, "深处", null, null, null)), BodyBlocks.fromHtml(html));
    }

    @Test
    void inlineMarkupIsKeptAsRunsBesideThePlainText() {
        List<BodyBlockRequest> blocks = BodyBlocks.fromHtml("<p>详见<a href=\"https://www.example.cn/a?b=1&amp;c=2\" "
                + "target=\"_blank\">官网</a>，<strong>重点</strong>与<em>斜体</em>：H<sub>2</sub>O，x<sup>2</sup>"
                + "<br>第二行</p>");

        assertEquals(List.of(new BodyBlockRequest(Type.PARAGRAPH, "详见官网，重点与斜体：H2O，x2 第二行", null, null, null,
                List.of(run("详见"), new InlineRunRequest("官网", null, "https://www.example.cn/a?b=1&c=2"), run("，"),
                        new InlineRunRequest("重点", List.of(Mark.BOLD), null), run("与"),
                        new InlineRunRequest("斜体", List.of(Mark.ITALIC), null), run("：H"),
                        new InlineRunRequest("2", List.of(Mark.SUBSCRIPT), null), run("O，x"),
                        new InlineRunRequest("2", List.of(Mark.SUPERSCRIPT), null), run("\n第二行")), null)), blocks);
    }

    @Test
    void onlyAbsoluteHttpHttpsAndMailtoLinksSurviveAndNoOtherAttributeIsRead() {
        List<BodyBlockRequest> blocks = BodyBlocks.fromHtml("<p><a href=\"javascript:alert(1)\">甲</a>"
                + "<a href=\"/news/1.html\">乙</a><a href=\"//evil.example/x\">丙</a><a href=\"data:text/html,x\">丁</a>"
                + "<a href=\"HTTPS://www.example.cn/\">戊</a><a href=\"mailto:desk@example.cn\">己</a>"
                + "<span style=\"color:red\" onclick=\"x()\"><u>庚</u><b class=\"x\">辛</b></span>"
                + "<script>alert(2)</script><i><a href=\"http://b.example/\" title=\"t\" style=\"x\">壬</a></i></p>");

        assertEquals(List.of(run("甲乙丙丁"), new InlineRunRequest("戊", null, "https://www.example.cn/"),
                new InlineRunRequest("己", null, "mailto:desk@example.cn"), run("庚"),
                new InlineRunRequest("辛", List.of(Mark.BOLD), null),
                new InlineRunRequest("壬", List.of(Mark.ITALIC), "http://b.example/")), blocks.get(0).runs());
    }

    @Test
    void plainTextCarriesNoRunsAndInlineElementsBetweenBlocksJoinOneParagraph() {
        List<BodyBlockRequest> blocks = BodyBlocks.fromHtml("<p>只是  文字</p>前<b>中</b>后<h2>标题</h2>");

        assertEquals(List.of(new BodyBlockRequest(Type.PARAGRAPH, "只是 文字", null, null, null),
                new BodyBlockRequest(Type.PARAGRAPH, "前中后", null, null, null,
                        List.of(run("前"), new InlineRunRequest("中", List.of(Mark.BOLD), null), run("后")), null),
                new BodyBlockRequest(Type.HEADING, "标题", 2, null, null)), blocks);
    }

    @Test
    void listItemsWithMarkupCarryRunsPerItem() {
        List<BodyBlockRequest> blocks = BodyBlocks.fromHtml(
                "<ul><li>一</li><li><a href=\"https://www.example.cn/\">二</a></li></ul>");

        assertEquals(List.of(new BodyBlockRequest(Type.LIST, null, null, List.of("一", "二"), null, null,
                List.of(List.of(run("一")), List.of(new InlineRunRequest("二", null, "https://www.example.cn/"))))),
                blocks);
    }

    @Test
    void superdesksEmbedsTellTheirIdToTheImageResolver() {
        List<String> seen = new ArrayList<>();
        BodyBlocks.fromHtml("<p>前</p>\n<!-- EMBED START Image {id: \"editor_0\"} -->\n<figure>\n    "
                + "<img src=\"https://sd.example/api/upload-raw/a.jpg\" alt=\"\" />\n    <figcaption>说明</figcaption>\n"
                + "</figure>\n<!-- EMBED END Image {id: \"editor_0\"} -->\n<p><img src=\"https://x.example/b.jpg\"></p>"
                + "<p><!-- EMBED START Image {id: \"embedded1\"} --><figure><img src=\"c.jpg\"></figure>"
                + "<!-- EMBED END Image {id: \"embedded1\"} --></p>",
                (image, embedId) -> {
                    seen.add(image.uri() + " " + image.caption() + " " + embedId);
                    return Optional.empty();
                });

        assertEquals(List.of("https://sd.example/api/upload-raw/a.jpg 说明 editor_0", "https://x.example/b.jpg null null",
                "c.jpg null embedded1"), seen);
    }

    @Test
    void whiteSpaceCollapsesAcrossRunsAsABrowserShowsIt() {
        List<BodyBlockRequest> blocks = BodyBlocks.fromHtml("<p> <b> 粗 </b>  文\n<i>斜</i> <br/> 尾 </p>");

        assertEquals(List.of(new InlineRunRequest("粗 ", List.of(Mark.BOLD), null), run("文 "),
                new InlineRunRequest("斜", List.of(Mark.ITALIC), null), run("\n尾")), blocks.get(0).runs());
    }

    private static InlineRunRequest run(String text) {
        return new InlineRunRequest(text, null, null);
    }
}
