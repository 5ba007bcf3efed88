package io.herald.render.web;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import io.herald.events.ArticleSubmitted;
import io.herald.events.BodyBlock;
import io.herald.events.Image;

/**
 * What a page, a feed entry or a shared link says about an article in a line: the start of its paragraphs,
 * white space collapsed, at most a given number of Unicode code points (an ellipsis marks a cut). An article
 * without paragraphs (a photo item of pictures only) is described by its subheadline or else its first caption.
 */
final class Description {

    private static final String ELLIPSIS = "…";

    private Description() {
    }

    static String of(ArticleSubmitted article, int maxCodePoints) {
        List<String> paragraphs = texts(article.body().stream()
                .filter(block -> block.type() == BodyBlock.Type.PARAGRAPH)
                .map(BodyBlock::text));
        List<String> fallbacks = texts(Stream.concat(Stream.of(article.subheadline()),
                Stream.concat(article.body().stream().map(BodyBlock::image), article.images().stream())
                        .filter(Objects::nonNull).map(Image::caption)));
        String text = !paragraphs.isEmpty() ? String.join(" ", paragraphs) : fallbacks.isEmpty() ? "" : fallbacks.get(0);
        return cut(text, maxCodePoints);
    }

    /** The texts that are not empty, white space collapsed. */
    private static List<String> texts(Stream<String> texts) {
        return texts.filter(Objects::nonNull)
                .map(text -> text.strip().replaceAll("\\s+", " "))
                .filter(text -> !text.isEmpty())
                .toList();
    }

    /** {@code text}, or its first code points and an ellipsis, {@code maxCodePoints} in all. */
    static String cut(String text, int maxCodePoints) {
        if (text.codePointCount(0, text.length()) <= maxCodePoints) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, maxCodePoints - 1)).stripTrailing() + ELLIPSIS;
    }
}
