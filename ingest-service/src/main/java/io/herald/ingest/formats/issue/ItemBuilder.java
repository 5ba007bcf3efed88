package io.herald.ingest.formats.issue;

import java.util.ArrayList;
import java.util.List;

import io.herald.events.BodyBlock;
import io.herald.events.Contributor;
import io.herald.events.Image;

/** Collects one article or photo item while {@link PageSegmenter} reads the page. */
final class ItemBuilder {

    private final ParsedItem.Kind kind;
    private Headline headline;
    private String dateline;
    private final List<Contributor> byline = new ArrayList<>();
    private final List<BodyBlock> body = new ArrayList<>();
    private final List<Image> images = new ArrayList<>();

    private ItemBuilder(ParsedItem.Kind kind, Headline headline) {
        this.kind = kind;
        this.headline = headline;
    }

    static ItemBuilder article(Headline headline) {
        return new ItemBuilder(ParsedItem.Kind.ARTICLE, headline);
    }

    /** A photo item: its text paragraphs, then the picture; titled after the caption. */
    static ItemBuilder photo(List<String> paragraphs, Image image) {
        ItemBuilder photo = photo(
                new Headline(null, PhotoCaptions.title(image.caption() == null ? "" : image.caption()), null));
        paragraphs.forEach(photo::paragraph);
        photo.image(image);
        return photo;
    }

    /** A photo item under a printed headline, e.g. 重点工程日新月异 over a few pictures. */
    static ItemBuilder photo(Headline headline) {
        return new ItemBuilder(ParsedItem.Kind.PHOTO, headline);
    }

    boolean hasBody() {
        return !body.isEmpty();
    }

    boolean hasDateline() {
        return dateline != null;
    }

    long paragraphCount() {
        return body.stream().filter(block -> block.type() == BodyBlock.Type.PARAGRAPH).count();
    }

    /**
     * This article, or, when all it holds under its headline is one paragraph describing a picture (no dateline, no
     * byline: {@code 这是访问团的团员正在访问…}), the photo item it is: 图片新闻 as older pages print them.
     */
    ItemBuilder asPhotoIfCaptionOnly() {
        boolean captionOnly = kind == ParsedItem.Kind.ARTICLE && dateline == null && byline.isEmpty()
                && images.isEmpty() && body.size() == 1 && body.get(0).type() == BodyBlock.Type.PARAGRAPH
                && PhotoCaptions.describesPicture(body.get(0).text());
        if (!captionOnly) {
            return this;
        }
        ItemBuilder photo = new ItemBuilder(ParsedItem.Kind.PHOTO, headline);
        photo.image(PhotoCaptions.read(body.get(0).text(), List.of()));
        return photo;
    }

    void dateline(String dateline) {
        this.dateline = dateline;
    }

    void byline(List<Contributor> people) {
        byline.addAll(people);
    }

    void paragraph(String text) {
        if (!text.isBlank()) {
            body.add(BodyBlock.paragraph(text));
        }
    }

    void heading(String text) {
        body.add(new BodyBlock(BodyBlock.Type.HEADING, text, 3, null, null));
    }

    void list(List<String> items) {
        body.add(new BodyBlock(BodyBlock.Type.LIST, null, null, items, null));
    }

    /** A picture; a photo item's photographers are its byline. */
    void image(Image image) {
        body.add(new BodyBlock(BodyBlock.Type.IMAGE, null, null, null, image));
        images.add(image);
        if (kind == ParsedItem.Kind.PHOTO && image.photographer() != null) {
            for (String name : image.photographer().split("、")) {
                byline.add(new Contributor(name, Contributor.Role.PHOTOGRAPHER));
            }
        }
    }

    /** The last paragraph, taken out of the body, or null when the body ends otherwise. */
    String takeLastParagraph() {
        if (body.isEmpty() || body.get(body.size() - 1).type() != BodyBlock.Type.PARAGRAPH) {
            return null;
        }
        return body.remove(body.size() - 1).text();
    }

    ParsedItem build() {
        return new ParsedItem(kind, headline, dateline, byline, body, images);
    }
}
