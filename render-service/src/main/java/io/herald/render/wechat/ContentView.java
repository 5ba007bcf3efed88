package io.herald.render.wechat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import io.herald.events.ArticleSubmitted;
import io.herald.events.BodyBlock;
import io.herald.events.Image;
import io.herald.render.text.InlineText;

/**
 * The article as {@code templates/WechatRenderer/content.html} shows it, prepared so that the template only
 * prints: the body in reading order as text blocks (a list becomes one block per item) and images, then the
 * article's images that the body does not show, then the cited addresses ({@code footnotes}, the 参考资料 list).
 *
 * @param article   the article, for its subheadline, dateline and byline
 * @param blocks    text blocks and images in reading order
 * @param footnotes the addresses cited in the text, numbered
 */
public record ContentView(ArticleSubmitted article, List<Block> blocks, List<Footnote> footnotes) {

    /** How a block reads. */
    public enum Kind {
        PARAGRAPH, HEADING, QUOTE, LIST_ITEM, IMAGE
    }

    /** A text block ({@code segments}) or an image ({@code picture}). */
    public record Block(Kind kind, List<Segment> segments, Picture picture) {

        public boolean quote() {
            return kind == Kind.QUOTE;
        }
    }

    /**
     * A run of text ({@code piece} tells its marks, or that it is a line break): plain; a WeChat article link when
     * {@code href} is set; a link WeChat would not keep is its text followed by its footnote marker, when {@code
     * footnote} is set (once, after the last piece of that link).
     */
    public record Segment(String text, String href, Integer footnote, InlineText.Piece piece) {
    }

    /**
     * An image: shown from {@code src} when WeChat hosts it, else an upload placeholder carrying the image's http(s)
     * address in {@code upload} (null when it has none).
     */
    public record Picture(String src, String upload, Image image) {

        /** The address to fetch the image from, WeChat's or the original; null when unknown. */
        public String address() {
            return src != null ? src : upload;
        }
    }

    /** One entry of the 参考资料 list. */
    public record Footnote(int number, String url) {
    }

    public static ContentView of(ArticleSubmitted article) {
        Footnotes footnotes = new Footnotes();
        List<Block> blocks = new ArrayList<>();
        List<Image> bodyImages = new ArrayList<>();
        for (BodyBlock block : article.body()) {
            switch (block.type()) {
                case PARAGRAPH -> addText(blocks, Kind.PARAGRAPH, InlineText.of(block), footnotes);
                case HEADING -> addText(blocks, Kind.HEADING, InlineText.of(block), footnotes);
                case QUOTE -> addText(blocks, Kind.QUOTE, InlineText.of(block), footnotes);
                case LIST -> InlineText.items(block).forEach(item -> addText(blocks, Kind.LIST_ITEM, item, footnotes));
                case IMAGE -> {
                    if (block.image() != null) {
                        bodyImages.add(block.image());
                        blocks.add(picture(block.image()));
                    }
                }
                case UNKNOWN -> {
                    // a block type from a newer producer: nothing known to show
                }
            }
        }
        article.images().stream().filter(image -> !bodyImages.contains(image))
                .forEach(image -> blocks.add(picture(image)));
        return new ContentView(article, List.copyOf(blocks), footnotes.list());
    }

    /** The text blocks' text, one block a line, as readers read it (footnote markers and captions left out). */
    public String text() {
        return blocks.stream().filter(block -> block.picture() == null)
                .map(block -> block.segments().stream().map(Segment::text).collect(Collectors.joining()))
                .collect(Collectors.joining("\n"));
    }

    /** The first image's address, for the cover; null when there is no image or its address is unknown. */
    public String thumbUrl() {
        return blocks.stream().map(Block::picture).filter(Objects::nonNull).findFirst().map(Picture::address)
                .orElse(null);
    }

    private static void addText(List<Block> blocks, Kind kind, List<InlineText.Piece> pieces, Footnotes footnotes) {
        if (pieces.stream().allMatch(piece -> piece.text().isBlank())) {
            return;
        }
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            InlineText.Piece piece = pieces.get(i);
            String href = piece.href();
            if (href == null || WechatHtml.isWechatArticle(href)) {
                segments.add(new Segment(piece.text(), href, null, piece));
            } else {
                boolean lastOfLink = i + 1 == pieces.size() || !href.equals(pieces.get(i + 1).href());
                segments.add(new Segment(piece.text(), null, lastOfLink ? footnotes.number(href) : null, piece));
            }
        }
        blocks.add(new Block(kind, List.copyOf(segments), null));
    }

    private static Block picture(Image image) {
        String address = WechatHtml.httpUrl(image.uri());
        boolean hosted = WechatHtml.isWechatImage(address);
        return new Block(Kind.IMAGE, List.of(), new Picture(hosted ? address : null, hosted ? null : address, image));
    }
}
