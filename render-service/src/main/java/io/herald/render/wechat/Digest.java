package io.herald.render.wechat;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import io.herald.events.BodyBlock;

/** The WeChat digest: the start of the article's paragraphs, cut at a code point, never inside a character. */
final class Digest {

    private Digest() {
    }

    /** The paragraphs' text, whitespace collapsed, at most {@code maxCodePoints} Unicode code points. */
    static String of(List<BodyBlock> body, int maxCodePoints) {
        String text = body.stream()
                .filter(block -> block.type() == BodyBlock.Type.PARAGRAPH)
                .map(BodyBlock::text)
                .filter(Objects::nonNull)
                .map(paragraph -> paragraph.strip().replaceAll("\\s+", " "))
                .filter(paragraph -> !paragraph.isEmpty())
                .collect(Collectors.joining(" "));
        return truncate(text, maxCodePoints);
    }

    static String truncate(String text, int maxCodePoints) {
        if (text.codePointCount(0, text.length()) <= maxCodePoints) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, maxCodePoints)).stripTrailing();
    }
}
