package io.herald.ingest.formats.ninjs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.herald.events.BodyBlock.Type;
import io.herald.ingest.article.BodyBlockRequest;
import io.herald.ingest.article.ImageRequest;

class BodyBlocksTest {

    @Test
    void containersAreLookedIntoAndLooseTextIsAParagraph() {
        List<BodyBlockRequest> blocks = BodyBlocks.fromHtml(
                "导语<div><section><h3>小标题</h3><p>正文<b>加粗</b>。</p></section></div><span>尾声</span>");

        assertEquals(List.of(
                new BodyBlockRequest(Type.PARAGRAPH, "导语", null, null, null),
                new BodyBlockRequest(Type.HEADING, "小标题", 3, null, null),
                new BodyBlockRequest(Type.PARAGRAPH, "正文加粗。", null, null, null),
                new BodyBlockRequest(Type.PARAGRAPH, "尾声", null, null, null)), blocks);
    }

    @Test
    void pictureInsideAParagraphFollowsItsTextAndSourcesAreRewritten() {
        List<BodyBlockRequest> blocks = BodyBlocks.fromHtml("<p>见图<img src=\"a.jpg\" alt=\"图\"></p><img src=\"\">",
                src -> "https://herald.example/" + src);

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
}
