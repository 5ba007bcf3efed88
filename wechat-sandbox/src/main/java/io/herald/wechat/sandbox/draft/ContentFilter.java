package io.herald.wechat.sandbox.draft;

import jakarta.enterprise.context.ApplicationScoped;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import io.herald.wechat.sandbox.media.MediaStore;

/**
 * What WeChat does to draft content: removes JS (script elements, on* handlers, javascript: links) and filters out
 * images whose address is not one {@code media/uploadimg} answered for the account.
 */
@ApplicationScoped
public class ContentFilter {

    private final MediaStore media;

    ContentFilter(MediaStore media) {
        this.media = media;
    }

    Filtered filter(String appId, String content) {
        Document document = Jsoup.parseBodyFragment(content);
        document.select("script").remove();
        for (Element element : document.getAllElements()) {
            element.attributes().asList().stream()
                    .filter(ContentFilter::isScript)
                    .map(Attribute::getKey)
                    .toList()
                    .forEach(element::removeAttr);
        }
        int dropped = 0;
        for (Element image : document.select("img")) {
            if (media.byUrl(appId, image.attr("src")).isEmpty()) {
                image.remove();
                dropped++;
            }
        }
        document.outputSettings().prettyPrint(false);
        return new Filtered(document.body().html(), dropped);
    }

    private static boolean isScript(Attribute attribute) {
        return attribute.getKey().toLowerCase().startsWith("on")
                || attribute.getValue().trim().toLowerCase().startsWith("javascript:");
    }

    /** Content as WeChat keeps it, and how many images it filtered out. */
    record Filtered(String content, int droppedImages) {
    }
}
