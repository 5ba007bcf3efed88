package io.herald.render.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HeadlineEndTest {

    @Test
    void theLastTwoChineseCharactersAreKeptTogether() {
        assertEquals("召开", HeadlineEnd.unbrokenEnd("2026年全国工业和信息化科技创新和产业创新融合发展工作座谈会召开"));
        assertEquals("2026年全国工业和信息化科技创新和产业创新融合发展工作座谈会",
                HeadlineEnd.breakableStart("2026年全国工业和信息化科技创新和产业创新融合发展工作座谈会召开"));
        assertEquals("亮牌”", HeadlineEnd.unbrokenEnd("开发区规范提升要敢于“亮牌”"), "with the punctuation after them");
        assertEquals("𠀋𠀋", HeadlineEnd.unbrokenEnd("标题𠀋𠀋"), "characters beyond the BMP are whole");
    }

    @Test
    void aHeadlineNotEndingInAChineseCharacterOrOfOneHasNoUnbrokenEnd() {
        for (String headline : new String[] {"Herald ships 2.0", "21项成果2026", "好", "", "“”"}) {
            assertEquals("", HeadlineEnd.unbrokenEnd(headline), headline);
            assertEquals(headline, HeadlineEnd.breakableStart(headline), headline);
        }
    }
}
