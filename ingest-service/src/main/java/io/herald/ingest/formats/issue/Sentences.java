package io.herald.ingest.formats.issue;

import java.util.regex.Pattern;

/** Where Chinese sentences end, and what a heading looks like next to a sentence. */
final class Sentences {

    /** Sentence-final punctuation, closing quotes and brackets after it included. */
    private static final Pattern ENDS_SENTENCE = Pattern.compile("[。！？!?…．][”」』’\"）)]*$|[”」』]$");
    private static final Pattern QUOTED = Pattern.compile("(?:“[^“”。！？!?]+[！!]?”)+");
    private static final Pattern CLAUSE_PUNCTUATION = Pattern.compile("[，,；;、]");
    /** Longer than any headline or subhead: a line this long without a final stop is cut mid-sentence. */
    static final int HEADING_MAX = 40;
    private static final int TAIL = 8;

    private Sentences() {
    }

    static boolean endsSentence(String text) {
        return ENDS_SENTENCE.matcher(tail(text)).find();
    }

    /** The last few characters, where a sentence's end is decided; keeps checks on long paragraphs cheap. */
    static String tail(String text) {
        return text.substring(Math.max(0, text.length() - TAIL));
    }

    /**
     * A line that reads like a headline or subhead: short, no clause punctuation, no final stop; slogans in quotes
     * ({@code “全国各族人民大团结万岁”“感谢党和毛主席的关怀”}) too.
     */
    static boolean isTitleLike(String text) {
        return text.length() <= HEADING_MAX && (!endsSentence(text) || QUOTED.matcher(text).matches())
                && !CLAUSE_PUNCTUATION.matcher(text).find() && !text.contains("。");
    }

    /** A piece of running text cut before its sentence ended: clause punctuation inside, or too long for a title. */
    static boolean isCutSentence(String text) {
        return !endsSentence(text) && !text.endsWith("：") && !text.endsWith(":")
                && (text.length() > HEADING_MAX || CLAUSE_PUNCTUATION.matcher(text).find());
    }
}
