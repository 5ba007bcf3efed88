package io.herald.ingest.formats.ninjs;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import io.herald.events.BodyBlock;
import io.herald.ingest.article.BodyBlockRequest;
import io.herald.ingest.article.ImageRequest;

/**
 * Turns an item's body into Herald body blocks. HTML: {@code p} → paragraph, {@code h1}–{@code h6} →
 * heading, {@code blockquote} → quote, {@code ul}/{@code ol} → list, {@code img}/{@code figure} → image
 * (figcaption as caption); containers such as {@code div} are looked into, loose text becomes a paragraph,
 * script and style are dropped. Plain text: one paragraph per run of lines between blank lines.
 */
public final class BodyBlocks {

    private static final Pattern BLANK_LINE = Pattern.compile("\\R\\s*\\R");
    private static final Set<String> SKIPPED = Set.of("script", "style", "template", "head", "noscript", "iframe");
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul",
            "ol", "img", "figure", "div", "section", "article", "table");

    private final UnaryOperator<String> imageUri;
    private final List<BodyBlockRequest> blocks = new ArrayList<>();

    private BodyBlocks(UnaryOperator<String> imageUri) {
        this.imageUri = imageUri;
    }

    public static List<BodyBlockRequest> fromHtml(String html) {
        return fromHtml(html, UnaryOperator.identity());
    }

    /** @param imageUri where an image's {@code src} is to be found from Herald, e.g. its stored asset */
    public static List<BodyBlockRequest> fromHtml(String html, UnaryOperator<String> imageUri) {
        BodyBlocks body = new BodyBlocks(imageUri);
        body.children(Jsoup.parseBodyFragment(html).body());
        return body.blocks;
    }

    public static List<BodyBlockRequest> fromText(String text) {
        return BLANK_LINE.splitAsStream(text).map(String::strip).filter(paragraph -> !paragraph.isEmpty())
                .map(BodyBlocks::paragraph).toList();
    }

    private void children(Element container) {
        for (Node child : container.childNodes()) {
            if (child instanceof TextNode text) {
                addText(BodyBlock.Type.PARAGRAPH, text.text());
            } else if (child instanceof Element element) {
                element(element);
            }
        }
    }

    private void element(Element element) {
        String tag = element.normalName();
        if (SKIPPED.contains(tag)) {
            return;
        }
        switch (tag) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> heading(element, tag.charAt(1) - '0');
            case "blockquote" -> addText(BodyBlock.Type.QUOTE, element.text());
            case "ul", "ol" -> list(element);
            case "img" -> image(element, null);
            case "figure" -> figure(element);
            case "p" -> paragraphWithImages(element);
            default -> {
                if (element.children().stream().anyMatch(child -> BLOCKS.contains(child.normalName()))) {
                    children(element);
                } else {
                    addText(BodyBlock.Type.PARAGRAPH, element.text());
                }
            }
        }
    }

    private void heading(Element element, int level) {
        String text = element.text().strip();
        if (!text.isEmpty()) {
            blocks.add(new BodyBlockRequest(BodyBlock.Type.HEADING, text, level, null, null));
        }
    }

    private void list(Element element) {
        List<String> items = element.children().stream().filter(child -> child.normalName().equals("li"))
                .map(item -> item.text().strip()).filter(item -> !item.isEmpty()).toList();
        if (!items.isEmpty()) {
            blocks.add(new BodyBlockRequest(BodyBlock.Type.LIST, null, null, items, null));
        }
    }

    /** A paragraph's text, then any pictures it holds (editors often wrap an {@code img} in a {@code p}). */
    private void paragraphWithImages(Element paragraph) {
        addText(BodyBlock.Type.PARAGRAPH, paragraph.text());
        paragraph.select("img").forEach(img -> image(img, null));
    }

    private void figure(Element figure) {
        Element img = figure.selectFirst("img");
        Element caption = figure.selectFirst("figcaption");
        if (img != null) {
            image(img, caption == null ? null : caption.text().strip());
        } else if (caption != null) {
            addText(BodyBlock.Type.PARAGRAPH, caption.text());
        }
    }

    private void image(Element img, String caption) {
        String src = img.attr("src").strip();
        if (src.isEmpty()) {
            return;
        }
        String alt = img.attr("alt").strip();
        ImageRequest image = ImageRequest.builder().uri(imageUri.apply(src)).caption(emptyToNull(caption))
                .altText(emptyToNull(alt)).build();
        blocks.add(new BodyBlockRequest(BodyBlock.Type.IMAGE, null, null, null, image));
    }

    private void addText(BodyBlock.Type type, String text) {
        String stripped = text.strip();
        if (!stripped.isEmpty()) {
            blocks.add(new BodyBlockRequest(type, stripped, null, null, null));
        }
    }

    private static BodyBlockRequest paragraph(String text) {
        return new BodyBlockRequest(BodyBlock.Type.PARAGRAPH, text, null, null, null);
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
