package io.herald.ingest.formats.issue;

import java.util.List;

import io.herald.events.BodyBlock;
import io.herald.events.Contributor;
import io.herald.events.Image;

/**
 * One article or photo item of a page.
 *
 * @param kind     article, or photo (a picture with its text, 图片新闻)
 * @param headline for a photo item, a short title made from the caption
 * @param dateline e.g. 本报讯, or null
 * @param byline   people in printed order: byline, then sign-off; a photo item's photographer
 * @param body     paragraphs, subheads, lists and images in reading order
 * @param images   the item's images, also present in {@code body}
 */
public record ParsedItem(Kind kind, Headline headline, String dateline, List<Contributor> byline, List<BodyBlock> body,
        List<Image> images) {

    public ParsedItem {
        byline = List.copyOf(byline);
        body = List.copyOf(body);
        images = List.copyOf(images);
    }

    public enum Kind {
        ARTICLE, PHOTO
    }

    /** How many paragraph blocks the body has. */
    public long paragraphCount() {
        return body.stream().filter(block -> block.type() == BodyBlock.Type.PARAGRAPH).count();
    }
}
