package io.herald.events;

import java.util.List;

/**
 * Photo items (图片新闻): a picture printed with its caption and at most a short text, such as the reference page's
 * “奋楫号”盾构机下线现场. An article is a photo item when it has an image (a body image block or an entry in
 * {@link ArticleSubmitted#images()}) and its text is at most one paragraph of at most {@link #MAX_TEXT_LENGTH} Unicode
 * code points, with no heading, quote or list. A report illustrated by a picture has more text and is not one.
 */
public final class PhotoItems {

    /** The longest text, in code points, a photo item carries besides its captions. */
    public static final int MAX_TEXT_LENGTH = 200;

    private PhotoItems() {
    }

    public static boolean isPhotoItem(ArticleSubmitted article) {
        List<BodyBlock> body = article.body();
        boolean hasImage = !article.images().isEmpty()
                || body.stream().anyMatch(block -> block.type() == BodyBlock.Type.IMAGE && block.image() != null);
        List<BodyBlock> text = body.stream().filter(block -> block.type() != BodyBlock.Type.IMAGE).toList();
        return hasImage && (text.isEmpty() || text.size() == 1 && isShortParagraph(text.get(0)));
    }

    private static boolean isShortParagraph(BodyBlock block) {
        String text = block.text() == null ? "" : block.text().strip();
        return block.type() == BodyBlock.Type.PARAGRAPH && text.codePointCount(0, text.length()) <= MAX_TEXT_LENGTH;
    }
}
