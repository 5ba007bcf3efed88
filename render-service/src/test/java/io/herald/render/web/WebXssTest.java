package io.herald.render.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.herald.events.ArticleSubmitted;
import io.herald.events.BodyBlock;
import io.herald.events.Contributor;
import io.herald.events.Image;
import io.herald.events.PageNumbers;
import io.herald.events.PubStatus;
import io.herald.events.Publication;
import io.herald.events.RelatedEntry;
import io.herald.events.Source;
import io.herald.render.store.RenditionRepository.SitemapEntry;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every payload of the XSS corpus ({@code xss-payloads.txt}) in every text and URL field of an article, rendered as
 * the article page, the issue's front page and page, both feeds and the sitemap. The pages are read back with jsoup:
 * no script but the JSON-LD block (which parses and cannot be closed), no event handler, no link or source with a
 * scheme other than http(s), none of the elements that load or run other documents; the feeds must parse as XML.
 */
@QuarkusTest
@RealBrokerAndDatabase
class WebXssTest {

    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.\\-]*):.*", Pattern.DOTALL);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ArticlePage articlePage;

    @Inject
    IssuePage issuePage;

    @Inject
    RssFeed rss;

    @Inject
    AtomFeed atom;

    @Inject
    NewsSitemap sitemap;

    @Test
    void noPayloadRunsInAnArticlePage() throws IOException {
        for (String payload : payloads()) {
            ArticleSubmitted article = everywhere(payload);
            Document page = WebPages.html(articlePage.render(article));

            assertSafe(page, payload, 1);
            String jsonLd = page.selectFirst("script").data();
            assertFalse(jsonLd.toLowerCase(Locale.ROOT).contains("</script"), payload);
            assertFalse(jsonLd.contains("<"), payload);
            assertEquals(payload, JSON.readTree(jsonLd).get("headline").asText(), "JSON-LD keeps the text: " + payload);
            assertEquals(normalized(payload), page.selectFirst("h1").text(), "shown as text: " + payload);
        }
    }

    @Test
    void noPayloadRunsInAnIssuePage() {
        for (String payload : payloads()) {
            ArticleSubmitted article = everywhere(payload);
            List<Document> pages = new ArrayList<>(List.of(WebPages.html(issuePage.front(List.of(article)))));
            Integer pageNumber = PageNumbers.of(article.page());
            if (pageNumber != null) {
                pages.add(WebPages.html(issuePage.page(List.of(article), pageNumber)));
            }

            for (Document page : pages) {
                assertSafe(page, payload, 0);
                assertEquals(normalized(payload), page.selectFirst("article.item h3").text(), payload);
            }
            assertEquals(normalized(payload), pages.get(0).selectFirst("aside.contents .title").text(), payload);
        }
    }

    @Test
    void everyPayloadLeavesTheFeedsAndSitemapWellFormed() throws IOException {
        for (String payload : payloads()) {
            ArticleSubmitted article = everywhere(payload);
            FeedEntry entry = FeedEntry.of(article, "https://news.example.test/web/articles/demo:xss", 120);

            Document rssFeed = WebPages.xml(rss.write(List.of(entry)));
            Document atomFeed = WebPages.xml(atom.write(List.of(entry), Instant.now()));
            Document newsSitemap = WebPages.xml(sitemap.write(List.of(new SitemapEntry(article.articleId(), payload,
                    payload, article.firstCreated()))));

            assertEquals(payload, rssFeed.selectFirst("item > title").wholeText(), payload);
            assertEquals(payload, rssFeed.selectFirst("item > dc|creator").wholeText(), payload);
            assertEquals(payload, atomFeed.selectFirst("entry > title").wholeText(), payload);
            assertEquals(payload, atomFeed.selectFirst("entry > category").attr("term"), payload);
            assertEquals(payload, newsSitemap.selectFirst("news|title").wholeText(), payload);
            assertEquals(payload, newsSitemap.selectFirst("news|name").wholeText(), payload);
            for (Document feed : List.of(rssFeed, atomFeed, newsSitemap)) {
                assertTrue(feed.select("script, img, a, iframe").isEmpty(), payload);
            }
        }
    }

    /** No script but {@code scripts} JSON-LD blocks, no handler, no foreign scheme, nothing that loads or runs a document. */
    private static void assertSafe(Document page, String payload, int scripts) {
        assertEquals(scripts, page.select("script").size(), payload);
        page.select("script").forEach(script -> assertEquals("application/ld+json", script.attr("type"), payload));
        assertTrue(page.select("iframe, frame, object, embed, form, input, base, svg, math, style, video, audio, source")
                .isEmpty(), payload);
        assertTrue(page.select("meta[http-equiv]").isEmpty(), payload);
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertFalse(name.startsWith("on"), payload + " left " + name + " on " + element.tagName());
                assertFalse(name.equals("style") || name.equals("srcdoc") || name.equals("formaction"), payload);
                if (List.of("href", "src", "action", "background", "data", "poster").contains(name)) {
                    var scheme = SCHEME.matcher(attribute.getValue().strip().toLowerCase(Locale.ROOT));
                    assertTrue(!scheme.matches() || List.of("http", "https").contains(scheme.group(1)),
                            payload + " left " + name + "=" + attribute.getValue());
                }
            }
        }
    }

    /** An article with {@code payload} in every text and URL field. */
    private static ArticleSubmitted everywhere(String payload) {
        Image image = new Image(payload, payload, payload, payload, payload);
        Image webImage = new Image("https://img.example.test/a.jpg?q=" + payload, payload, payload, payload, payload);
        Publication publication = new Publication(payload, payload, LocalDate.of(2026, 4, 6), 12, 2664, 16, payload,
                payload);
        Instant created = Instant.parse("2026-04-06T00:00:00Z");
        return new ArticleSubmitted("demo:xss", 1, PubStatus.USABLE, "zh-CN", publication, payload, payload,
                payload, payload, payload, payload,
                List.of(new Contributor(payload, Contributor.Role.REPORTER), new Contributor(payload, null)),
                List.of(BodyBlock.paragraph(payload),
                        BodyBlock.paragraph("见 https://example.org/" + payload),
                        new BodyBlock(BodyBlock.Type.HEADING, payload, 2, null, null),
                        new BodyBlock(BodyBlock.Type.QUOTE, payload, null, null, null),
                        new BodyBlock(BodyBlock.Type.LIST, null, null, List.of(payload, payload), null),
                        new BodyBlock(BodyBlock.Type.IMAGE, null, null, null, image),
                        new BodyBlock(BodyBlock.Type.IMAGE, null, null, null, webImage)),
                List.of(image, new Image(payload, null, null, null, null)),
                List.of(new RelatedEntry(payload, payload), new RelatedEntry(payload + "2", "02版")),
                List.of(payload), created, created, null, new Source("demo", "xss"));
    }

    private static String normalized(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static List<String> payloads() {
        try (InputStream in = WebXssTest.class.getResourceAsStream("/xss-payloads.txt")) {
            List<String> payloads = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .toList();
            assertTrue(payloads.size() > 50, "the corpus is read");
            return payloads;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
