package io.herald.catalog.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Word segmentation for indexing, querying and highlighting, all three with the same analyzer: Lucene's
 * {@link SmartChineseAnalyzer} (Chinese words by a hidden Markov model, punctuation dropped, Latin words lower-cased
 * and stemmed). Every token becomes a PostgreSQL lexeme through {@link #lexeme(String)}, so index and query agree.
 */
public final class ChineseAnalysis {

    /** PostgreSQL refuses lexemes of 2 KB and more; longer tokens are left out of index and query alike. */
    static final int MAX_LEXEME_BYTES = 1024;

    /** Thread-safe: Lucene keeps one token stream per thread. */
    private static final Analyzer ANALYZER = new SmartChineseAnalyzer();

    private ChineseAnalysis() {
    }

    /**
     * One word of a text.
     *
     * @param lexeme   what is indexed and searched
     * @param position 1 for the first word; punctuation between two words leaves a gap
     * @param start    offset of the word's first char in the text
     * @param end      offset after the word's last char
     */
    public record Token(String lexeme, int position, int start, int end) {
    }

    /** The words of {@code text}, in order; none for null or blank text. */
    public static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return tokens;
        }
        try (TokenStream stream = ANALYZER.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = 0;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                String lexeme = lexeme(term.toString());
                if (lexeme != null) {
                    tokens.add(new Token(lexeme, Math.max(position, 1), offset.startOffset(), offset.endOffset()));
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot segment text", e);
        }
        return tokens;
    }

    /**
     * The lexeme for one analyzer term: without control chars, unpaired surrogates, format chars and white space
     * (which PostgreSQL cannot store or which carry no meaning), or null when nothing (or too much) is left.
     */
    static String lexeme(String term) {
        StringBuilder kept = new StringBuilder(term.length());
        int i = 0;
        while (i < term.length()) {
            int codePoint = term.codePointAt(i);
            i += Character.charCount(codePoint);
            int type = Character.getType(codePoint);
            if (type == Character.CONTROL || type == Character.SURROGATE || type == Character.FORMAT
                    || Character.isWhitespace(codePoint)) {
                continue;
            }
            kept.appendCodePoint(codePoint);
        }
        if (kept.isEmpty() || kept.toString().getBytes(StandardCharsets.UTF_8).length > MAX_LEXEME_BYTES) {
            return null;
        }
        return kept.toString();
    }

    /** {@code lexeme} as a quoted PostgreSQL tsvector/tsquery lexeme: {@code 'it''s'}, backslashes doubled. */
    static String quote(String lexeme) {
        return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
