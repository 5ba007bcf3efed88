package io.herald.render.wechat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ChineseTextTest {

    @Test
    void charactersAreCodePointsWithoutWhiteSpace() {
        // 𠀀 and 😀 are two UTF-16 units each; the ideographic space U+3000 and the line break are not counted
        assertEquals(8, ChineseText.characters("中文 𠀀😀\u3000AI。\n一"));
    }

    @Test
    void chineseIsNotCountedBySpaces() {
        String sentence = "会议深入学习贯彻习近平总书记关于科技创新和产业创新融合发展的重要论述。";

        assertEquals(sentence.length(), ChineseText.characters(sentence));
    }

    @Test
    void readingTimeOfChineseIsCharactersByTheRate() {
        assertEquals(1, ChineseText.readingMinutes("中".repeat(400), 400, 200));
        assertEquals(2, ChineseText.readingMinutes("中".repeat(401), 400, 200));
        assertEquals(3, ChineseText.readingMinutes("中".repeat(1000), 400, 200));
    }

    @Test
    void wordsInOtherScriptsAreReadAsWords() {
        // 300 words at 200 a minute: 1.5 minutes, rounded up
        assertEquals(2, ChineseText.readingMinutes("word ".repeat(300), 400, 200));
        // 200 characters (half a minute) and 100 words (half a minute) make one minute
        assertEquals(1, ChineseText.readingMinutes("中".repeat(200) + " AI".repeat(100), 400, 200));
    }

    @Test
    void mixedTextCountsEachRunOfLettersAndDigitsOnce() {
        // 2 characters (兆帕) and 4 words (175MPa, AES100, FlagOS2 and the 0 after the dot); punctuation takes no time
        String text = "175MPa(兆帕)、AES100、FlagOS2.0";
        assertEquals(1, ChineseText.readingMinutes(text, 4, 8)); // half a minute each
        assertEquals(2, ChineseText.readingMinutes(text, 4, 7)); // just over a minute
    }

    @Test
    void evenEmptyTextTakesAMinute() {
        assertEquals(1, ChineseText.readingMinutes("", 400, 200));
    }
}
