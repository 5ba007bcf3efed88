package io.herald.render.web;

import java.util.Objects;
import java.util.stream.Stream;

import io.herald.events.ArticleSubmitted;
import io.herald.events.BodyBlock;
import io.herald.events.Image;
import io.herald.render.text.Digest;

/**
 * What a page, a feed entry or a shared link says about an article in a line: its summary, else the {@link Digest}
 * of its paragraphs (cut at a sentence). An article without paragraphs (a photo item of pictures only) is described by its
 * subheadline or else its first caption.
 */
final class Description {

    private Description() {
    }

    static String of(ArticleSubmitted article, int maxCodePoints) {
        String text = Digest.summaryOrParagraphs(article);
        if (text.isEmpty()) {
            text = Stream.concat(Stream.of(article.subheadline()),
                    Stream.concat(article.body().stream().map(BodyBlock::image), article.images().stream())
                            .filter(Objects::nonNull).map(Image::caption))
                    .map(Digest::collapse)
                    .filter(fallback -> !fallback.isEmpty())
                    .findFirst().orElse("");
        }
        return Digest.cut(text, maxCodePoints);
    }
}
