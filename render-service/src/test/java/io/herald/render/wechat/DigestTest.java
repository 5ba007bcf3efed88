package io.herald.render.wechat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.herald.events.BodyBlock;

class DigestTest {

    @Test
    void shortParagraphsAreJoinedWhole() {
        List<BodyBlock> body = List.of(BodyBlock.paragraph("  第一段。 "), new BodyBlock(BodyBlock.Type.HEADING, "小标题", 2,
                null, null), BodyBlock.paragraph("第二段\n继续。"));

        assertEquals("第一段。 第二段 继续。", Digest.of(body, 120));
    }

    @Test
    void longTextIsCutAtTheLimitCountedInCodePoints() {
        String paragraph = "中".repeat(200);

        String digest = Digest.of(List.of(BodyBlock.paragraph(paragraph)), 120);

        assertEquals("中".repeat(120), digest);
    }

    @Test
    void characterOutsideBasicPlaneIsNeverSplit() {
        // U+20BB7 𠮷 takes two UTF-16 chars (a surrogate pair); 119 BMP chars + 𠮷 are 120 code points, 121 chars.
        String paragraph = "一".repeat(119) + "𠮷" + "二二";

        String digest = Digest.of(List.of(BodyBlock.paragraph(paragraph)), 120);

        assertEquals("一".repeat(119) + "𠮷", digest);
        assertEquals(120, digest.codePointCount(0, digest.length()));
    }

    @Test
    void limitCountsCharactersNotUtf16Units() {
        String paragraph = "𠮷".repeat(3);

        assertEquals("𠮷𠮷", Digest.of(List.of(BodyBlock.paragraph(paragraph)), 2));
    }

    @Test
    void bodyWithoutParagraphsHasEmptyDigest() {
        assertEquals("", Digest.of(List.of(new BodyBlock(BodyBlock.Type.QUOTE, "引语", null, null, null)), 120));
    }
}
