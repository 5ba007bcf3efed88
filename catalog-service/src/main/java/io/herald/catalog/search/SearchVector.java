package io.herald.catalog.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.herald.events.ArticleSubmitted;
import io.herald.events.BodyBlock;
import io.herald.events.Contributor;
import io.herald.events.Image;

/**
 * An article's PostgreSQL {@code tsvector}, built in Java from the analyzer's words as a tsvector literal
 * ({@code '芯片':12A,57C '论坛':3A}), which the {@code article} table stores in {@code search_vector}.
 * <p>
 * Weights: the headline is A; subheadline, kicker, contributors' names and subjects B; body text C; image
 * captions and credits D. Each text starts {@value #FIELD_GAP} positions after the previous one, so phrases never
 * run from one into the next. Short fields come first: PostgreSQL keeps positions up to {@value #MAX_POSITION} and
 * {@value #MAX_POSITIONS_PER_LEXEME} of them per lexeme, so a very long body loses positions at its end, never its
 * headline's.
 */
public final class SearchVector {

    static final int MAX_POSITION = 16383;
    static final int MAX_POSITIONS_PER_LEXEME = 256;
    static final int FIELD_GAP = 10;
    /** PostgreSQL's limit for a whole tsvector is 1 MB; lexemes past this budget are left out. */
    static final int MAX_LITERAL_CHARS = 512 * 1024;

    private final Map<String, List<Integer>> positions = new LinkedHashMap<>();
    private final Map<String, StringBuilder> entries = new LinkedHashMap<>();
    private int nextStart = 1;
    private int size;

    private SearchVector() {
    }

    /** The tsvector literal for {@code event}'s searchable text; {@code ''} (an empty vector) when it has none. */
    public static String of(ArticleSubmitted event) {
        SearchVector vector = new SearchVector();
        vector.add(event.headline(), 'A');
        vector.add(event.subheadline(), 'B');
        vector.add(event.kicker(), 'B');
        for (Contributor contributor : event.byline()) {
            vector.add(contributor.name(), 'B');
        }
        for (String subject : event.subjects()) {
            vector.add(subject, 'B');
        }
        for (String caption : captions(event)) {
            vector.add(caption, 'D');
        }
        for (BodyBlock block : event.body()) {
            for (String text : texts(block)) {
                vector.add(text, 'C');
            }
        }
        return vector.literal();
    }

    /** The text of a body block that is read as body text: paragraphs, headings, quotes, list items. */
    static List<String> texts(BodyBlock block) {
        List<String> texts = new ArrayList<>();
        if (block == null || block.type() == BodyBlock.Type.IMAGE) {
            return texts;
        }
        if (block.text() != null) {
            texts.add(block.text());
        }
        if (block.items() != null) {
            block.items().stream().filter(item -> item != null).forEach(texts::add);
        }
        return texts;
    }

    /** Captions, credits and photographers of the article's images and of its image blocks, each once. */
    static Set<String> captions(ArticleSubmitted event) {
        Set<String> captions = new LinkedHashSet<>();
        List<Image> images = new ArrayList<>(event.images());
        for (BodyBlock block : event.body()) {
            if (block != null && block.image() != null) {
                images.add(block.image());
            }
        }
        for (Image image : images) {
            if (image == null) {
                continue;
            }
            for (String text : new String[] { image.caption(), image.credit(), image.photographer() }) {
                if (text != null && !text.isBlank()) {
                    captions.add(text);
                }
            }
        }
        return captions;
    }

    private void add(String text, char weight) {
        List<ChineseAnalysis.Token> tokens = ChineseAnalysis.tokens(text);
        int last = 0;
        for (ChineseAnalysis.Token token : tokens) {
            int position = Math.min(nextStart + token.position() - 1, MAX_POSITION);
            last = position;
            add(token.lexeme(), position, weight);
        }
        if (!tokens.isEmpty()) {
            nextStart = Math.min(last + FIELD_GAP, MAX_POSITION);
        }
    }

    private void add(String lexeme, int position, char weight) {
        List<Integer> known = positions.get(lexeme);
        if (known == null) {
            String quoted = ChineseAnalysis.quote(lexeme);
            if (size + quoted.length() + 1 > MAX_LITERAL_CHARS) {
                return;
            }
            known = new ArrayList<>();
            positions.put(lexeme, known);
            entries.put(lexeme, new StringBuilder(quoted).append(':'));
            size += quoted.length() + 2;
        } else if (known.size() >= MAX_POSITIONS_PER_LEXEME || known.contains(position)) {
            return;
        }
        StringBuilder entry = entries.get(lexeme);
        if (!known.isEmpty()) {
            entry.append(',');
        }
        known.add(position);
        entry.append(position).append(weight);
        size += 8;
    }

    private String literal() {
        return String.join(" ", entries.values());
    }
}
