package io.herald.render.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.herald.events.BodyBlock;
import io.herald.events.InlineRun;
import io.herald.events.InlineRun.Mark;
import io.herald.render.text.InlineText.Piece;

class InlineTextTest {

    private static final Piece BREAK = new Piece("", null, false, false, false, false, true);

    @Test
    void plainTextLinksTheAddressesWrittenInIt() {
        assertEquals(List.of(plain("见", null), plain("https://a.example/x", "https://a.example/x"), plain("。", null)),
                InlineText.of("见https://a.example/x。", null));
    }

    @Test
    void runsKeepTheirMarksAndLinksAndBreakLinesAtNewlines() {
        List<Piece> pieces = InlineText.of("x", List.of(
                new InlineRun("粗\n斜", List.of(Mark.BOLD, Mark.ITALIC), null),
                new InlineRun("信", null, "mailto:desk@example.cn")));

        assertEquals(List.of(new Piece("粗", null, true, true, false, false, false), BREAK,
                new Piece("斜", null, true, true, false, false, false), plain("信", "mailto:desk@example.cn")), pieces);
    }

    @Test
    void aLinkToAnotherSchemeOrARelativeOneIsItsText() {
        assertEquals(List.of(plain("甲", null), plain("乙", null), plain("丙", null)), InlineText.of("甲乙丙", List.of(
                new InlineRun("甲", null, "javascript:alert(1)"), new InlineRun("乙", null, "/a.html"),
                new InlineRun("丙", null, "//evil.example/"))));
    }

    @Test
    void listItemsReadFromItemRunsOnlyWhenTheyMatchTheItems() {
        BodyBlock matched = new BodyBlock(BodyBlock.Type.LIST, null, null, List.of("一", "二"), null, null,
                List.of(List.of(new InlineRun("一", List.of(Mark.SUPERSCRIPT), null)), List.of(new InlineRun("二", null, null))));
        BodyBlock mismatched = new BodyBlock(BodyBlock.Type.LIST, null, null, List.of("一", "二"), null, null,
                List.of(List.of(new InlineRun("一", List.of(Mark.SUPERSCRIPT), null))));

        assertEquals(List.of(List.of(new Piece("一", null, false, false, false, true, false)), List.of(plain("二", null))),
                InlineText.items(matched));
        assertEquals(List.of(List.of(plain("一", null)), List.of(plain("二", null))), InlineText.items(mismatched));
    }

    private static Piece plain(String text, String href) {
        return new Piece(text, href, false, false, false, false, false);
    }
}
