package io.herald.render.text;

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
    void longTextEndsAtTheLastSentenceThatFits() {
        String text = "甲".repeat(50) + "。" + "乙".repeat(40) + "！" + "丙".repeat(60) + "。";

        String digest = Digest.of(List.of(BodyBlock.paragraph(text)), 120);

        assertEquals("甲".repeat(50) + "。" + "乙".repeat(40) + "！", digest);
    }

    @Test
    void everySentenceMarkEndsASentence() {
        for (String mark : List.of("。", "！", "？", "；", "…", "!", "?", ";")) {
            String text = "甲".repeat(10) + mark + "乙".repeat(20);

            assertEquals("甲".repeat(10) + mark, Digest.cut(text, 15), mark);
        }
    }

    @Test
    void closingQuoteStaysWithItsSentenceOrTheSentenceIsLeftOut() {
        String text = "他说：“好。”" + "乙".repeat(30) + "。" + "丙".repeat(30);

        assertEquals("他说：“好。”", Digest.cut(text, 20));
        // the closing quote of the second sentence does not fit: the digest ends after the first sentence
        assertEquals("他说：“好。”", Digest.cut("他说：“好。”又说：“走。”" + "丙".repeat(30), 13));
        assertEquals("他说：“好。”又说：“走。”", Digest.cut("他说：“好。”又说：“走。”" + "丙".repeat(30), 14));
    }

    @Test
    void asciiMarksInsideAnAddressEndNoSentence() {
        String text = "详见https://example.org/a?b=1;c=2 " + "乙".repeat(40);

        String digest = Digest.cut(text, 30);

        assertEquals("详见https://example.org/a?b=1;c…", digest);
    }

    @Test
    void withoutASentenceThatFitsTheDigestEndsAtAClauseWithEllipsis() {
        String text = "甲".repeat(60) + "，" + "乙".repeat(40) + "、" + "丙".repeat(40) + "。";

        assertEquals("甲".repeat(60) + "，" + "乙".repeat(40) + "…", Digest.cut(text, 120));
    }

    @Test
    void halfWidthCommaEndsAClauseToo() {
        assertEquals("3月29日…", Digest.cut("3月29日,2026中关村论坛年会" + "乙".repeat(40), 20));
    }

    @Test
    void withoutAnyBoundaryTheDigestEndsAtACharacterWithEllipsisCountedInCodePoints() {
        String digest = Digest.of(List.of(BodyBlock.paragraph("中".repeat(200))), 120);

        assertEquals("中".repeat(119) + "…", digest);
        assertEquals(120, digest.codePointCount(0, digest.length()));
    }

    @Test
    void supplementaryCharacterAtTheCutIsNeverSplit() {
        // U+20000 𠀀 is two UTF-16 units (a surrogate pair) and one code point: as the 119th character it is kept whole
        String text = "一".repeat(118) + "𠀀" + "二".repeat(10);

        String digest = Digest.cut(text, 120);

        assertEquals("一".repeat(118) + "𠀀…", digest);
        assertEquals(120, digest.codePointCount(0, digest.length()));
    }

    @Test
    void limitCountsCharactersNotUtf16Units() {
        String text = "𠮷".repeat(3) + "。";

        assertEquals("𠮷…", Digest.cut(text, 2));
        assertEquals("𠮷𠮷𠮷。", Digest.cut(text, 4));
    }

    @Test
    void emojiSequencesAreNeverSplit() {
        String family = "👨‍👩‍👧"; // three emoji joined by zero-width joiners: one character to a reader
        String text = "一".repeat(8) + family + "二".repeat(10);

        String digest = Digest.cut(text, 12); // 11 code points before the ellipsis end inside the family

        assertEquals("一".repeat(8) + "…", digest);
    }

    @Test
    void combiningMarkStaysWithItsLetter() {
        // e + U+0301 is é to a reader: a cut between them would leave a bare e and a stray accent
        assertEquals("caf…", Digest.cut("cafe\u0301 au lait", 5));
    }

    @Test
    void bodyWithoutParagraphsHasEmptyDigest() {
        assertEquals("", Digest.of(List.of(new BodyBlock(BodyBlock.Type.QUOTE, "引语", null, null, null)), 120));
    }
}
