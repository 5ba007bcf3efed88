package io.herald.render.web;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.herald.render.PublicUrls;
import io.herald.render.text.SiteName;

/**
 * The Atom feed ({@code /feeds/atom.xml}, RFC 4287): ids are the articles' web addresses, which never change, and
 * the site is the feed's author so that entries without a byline are valid too.
 */
@ApplicationScoped
public class AtomFeed {

    public static final String MEDIA_TYPE = "application/atom+xml; charset=UTF-8";
    static final String PATH = "feeds/atom.xml";
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private final PublicUrls urls;
    private final SiteName siteName;

    AtomFeed(PublicUrls urls, SiteName siteName) {
        this.urls = urls;
        this.siteName = siteName;
    }

    /** The feed of {@code entries}, newest first; {@code now} is its update time when it has no entry. */
    public String write(List<FeedEntry> entries, Instant now) {
        String siteName = this.siteName.site();
        Instant updated = entries.isEmpty() || entries.get(0).updated() == null ? now : entries.get(0).updated();
        XmlDocument xml = new XmlDocument()
                .start("feed").namespace(null, ATOM).attribute("xml:lang", FeedLanguage.CODE)
                .element("id", urls.resource(PATH))
                .element("title", siteName)
                .element("updated", FeedDates.rfc3339(updated))
                .start("link").attribute("rel", "self").attribute("type", "application/atom+xml")
                .attribute("href", urls.resource(PATH)).end()
                .start("link").attribute("rel", "alternate").attribute("type", "text/html").attribute("href", urls.home()).end()
                .start("author").element("name", siteName).end();
        for (FeedEntry entry : entries) {
            xml.start("entry")
                    .element("id", entry.url())
                    .element("title", entry.title())
                    .start("link").attribute("rel", "alternate").attribute("type", "text/html").attribute("href", entry.url())
                    .end();
            if (entry.published() != null) {
                xml.element("published", FeedDates.rfc3339(entry.published()));
            }
            xml.element("updated", FeedDates.rfc3339(entry.updated() != null ? entry.updated() : updated));
            entry.authors().forEach(author -> xml.start("author").element("name", author).end());
            if (entry.section() != null) {
                xml.start("category").attribute("term", entry.section()).end();
            }
            xml.start("summary").attribute("type", "text").text(entry.summary()).end();
            xml.end();
        }
        return xml.finish();
    }
}
