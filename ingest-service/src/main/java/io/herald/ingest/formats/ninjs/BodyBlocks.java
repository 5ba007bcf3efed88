package io.herald.ingest.formats.ninjs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import io.herald.events.BodyBlock;
import io.herald.ingest.article.BodyBlockRequest;
import io.herald.ingest.article.ImageRequest;
import io.herald.ingest.article.InlineRunRequest;

/**
 * Turns an item's body into Herald body blocks. HTML: {@code p} → paragraph, {@code h1}–{@code h6} →
 * heading, {@code blockquote} → quote, {@code ul}/{@code ol} → list, {@code img}/{@code figure} → image
 * (figcaption as caption); containers such as {@code div} are looked into, loose text and inline elements between
 * blocks become one paragraph, script and style are dropped. Text blocks and list items keep their inline markup
 * as runs, sanitised by {@link InlineRuns}; their {@code text} stays the plain text. Plain text: one paragraph per
 * run of lines between blank lines.
 *
 * <p>Superdesk wraps each picture it embeds in comments, {@code <!-- EMBED START Image {id: "editor_0"} -->} …
 * {@code <!-- EMBED END Image {id: "editor_0"} -->}, the id being the key of the picture's association; the
 * {@link Images} an image is resolved with are told that id.
 */
public final class BodyBlocks {

    private static final Pattern BLANK_LINE = Pattern.compile("\\R\\s*\\R");
    private static final Pattern EMBED = Pattern.compile("\\s*EMBED (START|END) \\w+ \\{id: \"([^\"]*)\"}\\s*");
    private static final Set<String> SKIPPED = Set.of("script", "style", "template", "head", "noscript", "iframe");
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul",
            "ol", "img", "figure", "div", "section", "article", "table");

    /** What an image of the body becomes. */
    @FunctionalInterface
    public interface Images {

        /**
         * @param asWritten the image as the body writes it: its {@code src} as uri, caption and alt text
         * @param embedId   the id of the embed around it ({@code editor_0}), or null
         * @return the image block's image, or empty to leave the image out of the body
         */
        Optional<ImageRequest> resolve(ImageRequest asWritten, String embedId);
    }

    private final Images images;
    private final List<BodyBlockRequest> blocks = new ArrayList<>();
    private String embedId;

    private BodyBlocks(Images images) {
        this.images = images;
    }

    public static List<BodyBlockRequest> fromHtml(String html) {
        return fromHtml(html, (image, embed) -> Optional.of(image));
    }

    /** @param images what each image of the body becomes, e.g. its stored asset, or nothing */
    public static List<BodyBlockRequest> fromHtml(String html, Images images) {
        BodyBlocks body = new BodyBlocks(images);
        body.children(Jsoup.parseBodyFragment(html).body());
        return body.blocks;
    }

    public static List<BodyBlockRequest> fromText(String text) {
        return BLANK_LINE.splitAsStream(text).map(String::strip).filter(paragraph -> !paragraph.isEmpty())
                .map(BodyBlocks::paragraph).toList();
    }

    private void children(Element container) {
        Element inline = new Element("p");
        for (Node child : container.childNodes()) {
            if (child instanceof Comment comment) {
                embed(comment);
            } else if (child instanceof TextNode || child instanceof Element element && isInline(element)) {
                inline.appendChild(child.clone());
            } else if (child instanceof Element element) {
                textBlock(BodyBlock.Type.PARAGRAPH, inline);
                inline = new Element("p");
                element(element);
            }
        }
        textBlock(BodyBlock.Type.PARAGRAPH, inline);
    }

    private void embed(Comment comment) {
        Matcher matcher = EMBED.matcher(comment.getData());
        if (matcher.matches()) {
            embedId = matcher.group(1).equals("START") ? matcher.group(2) : null;
        }
    }

    private static boolean isInline(Element element) {
        String tag = element.normalName();
        return !BLOCKS.contains(tag) && !SKIPPED.contains(tag) && !element.isBlock()
                && element.selectFirst("img") == null;
    }

    private void element(Element element) {
        String tag = element.normalName();
        if (SKIPPED.contains(tag)) {
            return;
        }
        switch (tag) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> heading(element, tag.charAt(1) - '0');
            case "blockquote" -> textBlock(BodyBlock.Type.QUOTE, element);
            case "ul", "ol" -> list(element);
            case "img" -> image(element, null);
            case "figure" -> figure(element);
            case "p" -> paragraphWithImages(element);
            default -> {
                if (element.children().stream().anyMatch(child -> BLOCKS.contains(child.normalName()))) {
                    children(element);
                } else {
                    textBlock(BodyBlock.Type.PARAGRAPH, element);
                }
            }
        }
    }

    private void heading(Element element, int level) {
        String text = element.text().strip();
        if (!text.isEmpty()) {
            blocks.add(new BodyBlockRequest(BodyBlock.Type.HEADING, text, level, null, null, InlineRuns.of(element),
                    null));
        }
    }

    private void list(Element element) {
        List<Element> items = element.children().stream().filter(child -> child.normalName().equals("li"))
                .filter(item -> !item.text().isBlank()).toList();
        if (items.isEmpty()) {
            return;
        }
        List<List<InlineRunRequest>> runs = items.stream().map(item -> Optional.ofNullable(InlineRuns.of(item))
                .orElse(List.of(new InlineRunRequest(item.text().strip(), null, null)))).toList();
        boolean marked = items.stream().anyMatch(item -> InlineRuns.of(item) != null);
        blocks.add(new BodyBlockRequest(BodyBlock.Type.LIST, null, null,
                items.stream().map(item -> item.text().strip()).toList(), null, null, marked ? runs : null));
    }

    /**
     * A paragraph's text, then any pictures it holds (editors often wrap an {@code img} in a {@code p}, and Superdesk
     * may put an embed's comments and figure inside one).
     */
    private void paragraphWithImages(Element paragraph) {
        textBlock(BodyBlock.Type.PARAGRAPH, paragraph);
        paragraph.forEachNode(node -> {
            if (node instanceof Comment comment) {
                embed(comment);
            } else if (node instanceof Element element && element.normalName().equals("img")) {
                image(element, null);
            }
        });
    }

    private void figure(Element figure) {
        Element img = figure.selectFirst("img");
        Element caption = figure.selectFirst("figcaption");
        if (img != null) {
            image(img, caption == null ? null : caption.text().strip());
        } else if (caption != null) {
            textBlock(BodyBlock.Type.PARAGRAPH, caption);
        }
    }

    private void image(Element img, String caption) {
        String src = img.attr("src").strip();
        if (src.isEmpty()) {
            return;
        }
        String alt = img.attr("alt").strip();
        ImageRequest asWritten = ImageRequest.builder().uri(src).caption(emptyToNull(caption))
                .altText(emptyToNull(alt)).build();
        images.resolve(asWritten, embedId).ifPresent(image ->
                blocks.add(new BodyBlockRequest(BodyBlock.Type.IMAGE, null, null, null, image)));
    }

    /** A paragraph, heading or quote of the element's text, with its runs when it has markup; none when blank. */
    private void textBlock(BodyBlock.Type type, Element element) {
        String text = element.text().strip();
        if (!text.isEmpty()) {
            blocks.add(new BodyBlockRequest(type, text, null, null, null, InlineRuns.of(element), null));
        }
    }

    private static BodyBlockRequest paragraph(String text) {
        return new BodyBlockRequest(BodyBlock.Type.PARAGRAPH, text, null, null, null);
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
