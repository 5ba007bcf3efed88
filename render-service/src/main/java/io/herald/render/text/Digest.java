package io.herald.render.text;

import java.util.List;
import java.util.stream.Collectors;

import io.herald.events.ArticleSubmitted;
import io.herald.events.BodyBlock;

/**
 * A digest of an article: its summary, else the start of its paragraphs, at most a given number of code points (WeChat's digest, the
 * web page's description and feed summaries). It ends at the
 * last sentence that fits (after 。！？；…, or ! ? ; before white space or Chinese text, with any closing quote or
 * bracket); when not even one sentence fits, at the last clause that fits (before ，、 or a comma) followed by "…",
 * and failing that at the last character that fits followed by "…". It never ends inside a character: not inside
 * a surrogate pair, not before a combining mark, variation selector or emoji modifier, not next to a zero-width
 * joiner.
 */
public final class Digest {

    private static final String FULL_WIDTH_SENTENCE_ENDS = "。！？；…";
    private static final String ASCII_SENTENCE_ENDS = "!?;";
    private static final String CLOSERS = "”’」』）》】〉)]";
    private static final String CLAUSE_MARKS = "，、,";
    private static final String ELLIPSIS = "…";
    private static final int ZERO_WIDTH_JOINER = 0x200D;

    private Digest() {
    }

    /**
     * The article's summary when its newsroom wrote one, else its paragraphs' text; white space collapsed, cut to at
     * most {@code maxCodePoints} as described above.
     */
    public static String of(ArticleSubmitted article, int maxCodePoints) {
        return cut(summaryOrParagraphs(article), maxCodePoints);
    }

    /** The article's summary when its newsroom wrote one, else its paragraphs' text; white space collapsed. */
    public static String summaryOrParagraphs(ArticleSubmitted article) {
        String summary = collapse(article.summary());
        return summary.isEmpty() ? paragraphs(article.body()) : summary;
    }

    /** The paragraphs' text, white space collapsed, cut to at most {@code maxCodePoints} as described above. */
    public static String of(List<BodyBlock> body, int maxCodePoints) {
        return cut(paragraphs(body), maxCodePoints);
    }

    /** The text of the paragraphs, white space collapsed, joined by a space; empty when there are none. */
    public static String paragraphs(List<BodyBlock> body) {
        return body.stream()
                .filter(block -> block.type() == BodyBlock.Type.PARAGRAPH)
                .map(BodyBlock::text)
                .map(Digest::collapse)
                .filter(paragraph -> !paragraph.isEmpty())
                .collect(Collectors.joining(" "));
    }

    /** {@code text} stripped, every run of white space one space; empty for null. */
    public static String collapse(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    /** {@code text} cut to at most {@code maxCodePoints} as described above. */
    public static String cut(String text, int maxCodePoints) {
        if (text.codePointCount(0, text.length()) <= maxCodePoints) {
            return text;
        }
        int sentenceEnd = lastSentenceEnd(text, text.offsetByCodePoints(0, maxCodePoints));
        if (sentenceEnd > 0) {
            return text.substring(0, sentenceEnd).stripTrailing();
        }
        // one code point is left for the ellipsis
        int room = text.offsetByCodePoints(0, maxCodePoints - ELLIPSIS.codePointCount(0, ELLIPSIS.length()));
        int clauseEnd = lastClauseMark(text, room);
        int end = clauseEnd > 0 ? clauseEnd : characterBoundary(text, room);
        return text.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    /** The end index of the last sentence, closing quotes included, that ends at or before {@code limit}; 0 if none. */
    private static int lastSentenceEnd(String text, int limit) {
        int last = 0;
        int i = 0;
        while (i < limit) {
            if (!isSentenceEnd(text, i)) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < limit && endsOrCloses(text.charAt(end))) {
                end++;
            }
            if (!endsOrCloses(text.charAt(end))) {
                last = end; // else a mark or closer of this sentence did not fit and would be left behind
            }
            i = end;
        }
        return last;
    }

    /** Full-width marks always end a sentence; ASCII ones only before white space or non-ASCII text, not in a URL. */
    private static boolean isSentenceEnd(String text, int i) {
        char c = text.charAt(i);
        if (FULL_WIDTH_SENTENCE_ENDS.indexOf(c) >= 0) {
            return true;
        }
        if (ASCII_SENTENCE_ENDS.indexOf(c) < 0) {
            return false;
        }
        return i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)) || text.charAt(i + 1) > 0x7F;
    }

    private static boolean endsOrCloses(char c) {
        return FULL_WIDTH_SENTENCE_ENDS.indexOf(c) >= 0 || ASCII_SENTENCE_ENDS.indexOf(c) >= 0 || CLOSERS.indexOf(c) >= 0;
    }

    /** The index of the last clause mark before {@code limit}; 0 if none. */
    private static int lastClauseMark(String text, int limit) {
        for (int i = limit - 1; i > 0; i--) {
            if (CLAUSE_MARKS.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return 0;
    }

    /** {@code index}, or the nearest index before it that does not split a user-perceived character. */
    private static int characterBoundary(String text, int index) {
        int at = index;
        while (at > 0 && (extendsPrevious(text.codePointAt(at)) || text.codePointBefore(at) == ZERO_WIDTH_JOINER)) {
            at = text.offsetByCodePoints(at, -1);
        }
        return at;
    }

    private static boolean extendsPrevious(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || codePoint == ZERO_WIDTH_JOINER
                || (codePoint >= 0xFE00 && codePoint <= 0xFE0F) // variation selectors
                || (codePoint >= 0xE0100 && codePoint <= 0xE01EF) // variation selectors supplement
                || (codePoint >= 0x1F3FB && codePoint <= 0x1F3FF) // emoji skin tone modifiers
                || (codePoint >= 0xE0020 && codePoint <= 0xE007F); // emoji tag sequence characters
    }
}
