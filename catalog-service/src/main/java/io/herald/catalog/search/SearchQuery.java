package io.herald.catalog.search;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * A reader's query, parsed: words, {@code "quoted phrases"} and {@code -excluded} words or phrases. Every word and
 * phrase is segmented by {@link ChineseAnalysis}; its segments must follow one another as in the text (a tsquery
 * phrase, {@code '中关村' <-> '论坛'}), since Chinese is written without spaces and {@code 盾构机} is three segments.
 * Words and phrases must all match; excluded ones must not. Anything else in the text (tsquery operators, quotes,
 * control chars) is only text: it is segmented away or quoted inside a lexeme, never read as syntax.
 *
 * @param tsquery   the PostgreSQL tsquery text, to be bound as a parameter; null when nothing is left to find
 * @param clauses   the words and phrases to find (not the excluded ones), for highlighting
 * @param excluding whether the query excludes anything
 * @param words     when the query has phrases (which PostgreSQL checks in each article, its GIN index cannot): the
 *                  tsquery of every wanted word and phrase segment, in any order, which the index answers alone and
 *                  which every match of {@code tsquery} matches too; null for a query without phrases
 */
public record SearchQuery(String tsquery, List<Clause> clauses, boolean excluding, String words) {

    /** Longest phrase distance PostgreSQL accepts. */
    private static final int MAX_DISTANCE = 16384;

    /**
     * One word or phrase to find.
     *
     * @param lexemes  its segments, in order
     * @param offsets  each segment's position relative to the first (0 for the first)
     */
    public record Clause(List<String> lexemes, List<Integer> offsets) {
    }

    /** Whether there is something to find; a query of punctuation only or of exclusions only has not. */
    public boolean findsAnything() {
        return tsquery != null;
    }

    public static SearchQuery parse(String text) {
        List<Clause> wanted = new ArrayList<>();
        List<Clause> excluded = new ArrayList<>();
        String q = text == null ? "" : text;
        int i = 0;
        while (i < q.length()) {
            int c = q.codePointAt(i);
            if (separates(c)) {
                i += Character.charCount(c);
                continue;
            }
            boolean exclude = false;
            if (c == '-') {
                exclude = true;
                i++;
            }
            int end;
            String part;
            if (i < q.length() && q.charAt(i) == '"') {
                int close = q.indexOf('"', i + 1);
                end = close < 0 ? q.length() : close + 1;
                part = q.substring(i + 1, close < 0 ? q.length() : close);
            } else {
                end = i;
                while (end < q.length() && !separates(q.codePointAt(end)) && q.charAt(end) != '"') {
                    end += Character.charCount(q.codePointAt(end));
                }
                part = q.substring(i, end);
            }
            i = Math.max(end, i + (exclude ? 0 : 1));
            Clause clause = clause(part);
            if (clause != null) {
                (exclude ? excluded : wanted).add(clause);
            }
        }
        if (wanted.isEmpty()) {
            return new SearchQuery(null, List.of(), !excluded.isEmpty(), null);
        }
        StringJoiner tsquery = new StringJoiner(" & ");
        wanted.forEach(clause -> tsquery.add(tsquery(clause)));
        excluded.forEach(clause -> tsquery.add("!(" + tsquery(clause) + ")"));
        String words = null;
        if (wanted.stream().anyMatch(clause -> clause.lexemes().size() > 1)
                || excluded.stream().anyMatch(clause -> clause.lexemes().size() > 1)) {
            StringJoiner all = new StringJoiner(" & ");
            wanted.forEach(clause -> clause.lexemes().forEach(lexeme -> all.add(ChineseAnalysis.quote(lexeme))));
            words = all.toString();
        }
        return new SearchQuery(tsquery.toString(), List.copyOf(wanted), !excluded.isEmpty(), words);
    }

    /** White space, control and format chars, unpaired surrogates: none of them is part of a word. */
    private static boolean separates(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) || type == Character.CONTROL
                || type == Character.FORMAT || type == Character.SURROGATE;
    }

    private static Clause clause(String part) {
        List<ChineseAnalysis.Token> tokens = ChineseAnalysis.tokens(clean(part));
        if (tokens.isEmpty()) {
            return null;
        }
        int first = tokens.get(0).position();
        List<String> lexemes = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        for (ChineseAnalysis.Token token : tokens) {
            lexemes.add(token.lexeme());
            offsets.add(Math.min(token.position() - first, MAX_DISTANCE));
        }
        return new Clause(List.copyOf(lexemes), List.copyOf(offsets));
    }

    /** {@code part} with every char that {@link #separates} a word turned into a space. */
    private static String clean(String part) {
        StringBuilder cleaned = new StringBuilder(part.length());
        part.codePoints().forEach(c -> cleaned.appendCodePoint(separates(c) ? ' ' : c));
        return cleaned.toString();
    }

    private static String tsquery(Clause clause) {
        StringBuilder phrase = new StringBuilder(ChineseAnalysis.quote(clause.lexemes().get(0)));
        for (int k = 1; k < clause.lexemes().size(); k++) {
            int distance = Math.min(clause.offsets().get(k) - clause.offsets().get(k - 1), MAX_DISTANCE);
            phrase.append(distance == 1 ? " <-> " : " <" + distance + "> ")
                    .append(ChineseAnalysis.quote(clause.lexemes().get(k)));
        }
        return clause.lexemes().size() == 1 ? phrase.toString() : "(" + phrase + ")";
    }
}
