package io.herald.catalog.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Highlighted snippets: the text where the query's words and phrases are found, cut to about {@value #LENGTH}
 * chars, HTML-escaped, with every match in {@code <mark>…</mark>}. Matches are found with the analyzer's tokens and
 * their offsets in the original text, so {@code 芯片} marks 芯片 exactly where the index found it.
 */
public final class Snippets {

    static final int LENGTH = 120;
    /** Chars shown before the first match. */
    static final int LEAD = 30;
    /** Texts longer than this are cut before segmenting (a snippet shows one place, not a whole article). */
    static final int MAX_TEXT = 20_000;

    private Snippets() {
    }

    private record Span(int start, int end) {
    }

    /**
     * The snippet for {@code texts} (in order of preference): the text with the most different words and phrases
     * of {@code query} found, the first on a tie; without any match, the start of the first non-blank text.
     */
    public static String snippet(List<String> texts, SearchQuery query) {
        String best = null;
        List<Span> bestSpans = List.of();
        int bestClauses = 0;
        for (String text : texts) {
            if (text == null || text.isBlank()) {
                continue;
            }
            if (best == null) {
                best = text;
            }
            // segmenting is what costs: only a text that may have more clauses than the best so far is segmented
            if (query == null || clausesPossiblyIn(text, query) <= bestClauses) {
                continue;
            }
            String cut = cut(text, MAX_TEXT);
            List<Span> spans = new ArrayList<>();
            int clausesFound = matches(cut, query.clauses(), spans);
            if (clausesFound > bestClauses) {
                best = cut;
                bestSpans = spans;
                bestClauses = clausesFound;
            }
        }
        return best == null ? "" : render(best, merge(bestSpans));
    }

    /**
     * A quick bound before segmenting: how many clauses have every segment in the text as a substring (at least as
     * many as the segmented text has).
     */
    private static int clausesPossiblyIn(String text, SearchQuery query) {
        String lower = text.toLowerCase(Locale.ROOT);
        int possible = 0;
        for (SearchQuery.Clause clause : query.clauses()) {
            if (clause.lexemes().stream().allMatch(lexeme -> lower.contains(stem(lexeme)))) {
                possible++;
            }
        }
        return possible;
    }

    /** Latin words are stemmed ({@code happy} → {@code happi}): their lexeme less its last letter is in the text. */
    private static String stem(String lexeme) {
        return lexeme.length() > 2 && lexeme.chars().allMatch(c -> c < 128) ? lexeme.substring(0, lexeme.length() - 1)
                : lexeme;
    }

    /** Adds the span of every occurrence of every clause to {@code spans}; returns how many clauses occur. */
    private static int matches(String text, List<SearchQuery.Clause> clauses, List<Span> spans) {
        List<ChineseAnalysis.Token> tokens = ChineseAnalysis.tokens(text);
        Map<Integer, List<ChineseAnalysis.Token>> byPosition = new HashMap<>();
        for (ChineseAnalysis.Token token : tokens) {
            byPosition.computeIfAbsent(token.position(), p -> new ArrayList<>()).add(token);
        }
        int found = 0;
        for (SearchQuery.Clause clause : clauses) {
            boolean occurs = false;
            for (ChineseAnalysis.Token first : tokens) {
                if (!first.lexeme().equals(clause.lexemes().get(0))) {
                    continue;
                }
                ChineseAnalysis.Token last = first;
                for (int k = 1; k < clause.lexemes().size() && last != null; k++) {
                    last = at(byPosition, first.position() + clause.offsets().get(k), clause.lexemes().get(k));
                }
                if (last != null) {
                    spans.add(new Span(first.start(), Math.max(last.end(), first.end())));
                    occurs = true;
                }
            }
            found += occurs ? 1 : 0;
        }
        return found;
    }

    private static ChineseAnalysis.Token at(Map<Integer, List<ChineseAnalysis.Token>> byPosition, int position,
            String lexeme) {
        for (ChineseAnalysis.Token token : byPosition.getOrDefault(position, List.of())) {
            if (token.lexeme().equals(lexeme)) {
                return token;
            }
        }
        return null;
    }

    private static List<Span> merge(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(b.end(), a.end()));
        List<Span> merged = new ArrayList<>();
        for (Span span : sorted) {
            Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && span.start() <= last.end()) {
                merged.set(merged.size() - 1, new Span(last.start(), Math.max(last.end(), span.end())));
            } else {
                merged.add(span);
            }
        }
        return merged;
    }

    /** The window around the first match, escaped, matches marked, … where the text was cut. */
    private static String render(String text, List<Span> spans) {
        int start = spans.isEmpty() ? 0 : Math.max(0, spans.get(0).start() - LEAD);
        int end = Math.min(text.length(), start + LENGTH);
        for (Span span : spans) {
            if (span.start() < end && span.end() > end) {
                end = span.end();
            }
        }
        start = boundary(text, start);
        end = boundary(text, end);
        StringBuilder html = new StringBuilder();
        if (start > 0) {
            html.append('…');
        }
        int at = start;
        for (Span span : spans) {
            if (span.start() >= end) {
                break;
            }
            escape(text, at, span.start(), html);
            html.append("<mark>");
            escape(text, span.start(), span.end(), html);
            html.append("</mark>");
            at = span.end();
        }
        escape(text, at, end, html);
        if (end < text.length()) {
            html.append('…');
        }
        return html.toString();
    }

    /** {@code index}, moved back off the low half of a surrogate pair. */
    private static int boundary(String text, int index) {
        return index > 0 && index < text.length() && Character.isLowSurrogate(text.charAt(index))
                && Character.isHighSurrogate(text.charAt(index - 1)) ? index - 1 : index;
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, boundary(text, length));
    }

    private static void escape(String text, int from, int to, StringBuilder html) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> {
                    if (Character.isISOControl(c) && c != '\n' && c != '\t') {
                        html.append(' ');
                    } else {
                        html.append(c);
                    }
                }
            }
        }
    }
}
