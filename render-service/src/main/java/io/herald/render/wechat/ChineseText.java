package io.herald.render.wechat;

/**
 * Length and reading time of text that is mostly Chinese. Text is measured in Unicode code points, never in
 * UTF-16 units, and never by splitting on spaces (Chinese has none between words): a Chinese character, an emoji
 * or a supplementary ideograph such as 𠀀 is one character.
 */
final class ChineseText {

    private ChineseText() {
    }

    /** The code points of {@code text} that are not white space (the ideographic space U+3000 included). */
    static int characters(String text) {
        return (int) text.codePoints().filter(codePoint -> !isSpace(codePoint)).count();
    }

    /**
     * Whole minutes to read {@code text}, at least 1: its Chinese, Japanese and Korean characters at {@code
     * cjkPerMinute}, plus its words in other scripts (runs of letters and digits, e.g. {@code AI}, {@code 175MPa})
     * at {@code wordsPerMinute}; punctuation takes no time.
     */
    static int readingMinutes(String text, int cjkPerMinute, int wordsPerMinute) {
        int cjk = 0;
        int words = 0;
        boolean inWord = false;
        for (int codePoint : text.codePoints().toArray()) {
            boolean cjkCharacter = isCjk(codePoint);
            boolean wordCharacter = !cjkCharacter && Character.isLetterOrDigit(codePoint);
            if (cjkCharacter) {
                cjk++;
            } else if (wordCharacter && !inWord) {
                words++;
            }
            inWord = wordCharacter;
        }
        double minutes = (double) cjk / cjkPerMinute + (double) words / wordsPerMinute;
        return Math.max(1, (int) Math.ceil(minutes));
    }

    private static boolean isSpace(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
    }

    private static boolean isCjk(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }
}
