package io.herald.events.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.herald.events.ArticleSubmitted;
import io.herald.events.EventJson;

/**
 * The three items of the reference page (中国高新技术产业导报, 2026-04-06, 01版) as ingest-service's page importer
 * published them: the 座谈会 report signed 姚雯, the photo item 奋楫号 (新华社发, 刘甲/摄) and the 中关村论坛 report by
 * 张伟. Each test gets its own copies: ids end in a tag and the publication is named after it, so that a search
 * filtered by {@link #publication(String)} sees one test's articles only. Shared by the services' tests (this
 * module's test jar).
 */
public final class ReferencePage {

    public static final String PAPER = "中国高新技术产业导报";
    public static final String SYMPOSIUM = "symposium";
    public static final String PHOTO = "photo";
    public static final String FORUM = "forum";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReferencePage() {
    }

    /** The publication name the copies tagged {@code tag} carry. */
    public static String publication(String tag) {
        return PAPER + " " + tag;
    }

    /** The article id of item {@code item} tagged {@code tag}. */
    public static String articleId(String item, String tag) {
        return "demo:2026-04-06-p01-" + item + "-" + tag;
    }

    /** Item {@code item} ({@link #SYMPOSIUM}, {@link #PHOTO}, {@link #FORUM}) tagged {@code tag}. */
    public static ArticleSubmitted item(String item, String tag) {
        return item(item, tag, item, event -> {
        });
    }

    /**
     * Item {@code item} as article {@code name} tagged {@code tag}, changed by {@code change} (on its JSON), e.g. to
     * make a variant with another headline.
     */
    public static ArticleSubmitted item(String item, String tag, String name, Consumer<ObjectNode> change) {
        try (InputStream in = ReferencePage.class.getResourceAsStream("/reference-page/" + item + ".json")) {
            ObjectNode event = (ObjectNode) JSON.readTree(in);
            event.put("articleId", articleId(name, tag));
            ((ObjectNode) event.get("source")).put("itemId", "2026-04-06-p01-" + name + "-" + tag);
            ((ObjectNode) event.get("publication")).put("name", publication(tag));
            change.accept(event);
            return EventJson.read(JSON.writeValueAsBytes(event), ArticleSubmitted.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
