package io.herald.render.web;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.herald.render.PublicUrls;
import io.herald.render.text.SiteName;

/** The RSS 2.0 feed ({@code /feeds/rss.xml}): authors as Dublin Core {@code dc:creator}, a self link in Atom's terms. */
@ApplicationScoped
public class RssFeed {

    public static final String MEDIA_TYPE = "application/rss+xml; charset=UTF-8";
    static final String PATH = "feeds/rss.xml";
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String DUBLIN_CORE = "http://purl.org/dc/elements/1.1/";

    private final PublicUrls urls;
    private final SiteName siteName;

    RssFeed(PublicUrls urls, SiteName siteName) {
        this.urls = urls;
        this.siteName = siteName;
    }

    /** The feed of {@code entries}, newest first. */
    public String write(List<FeedEntry> entries) {
        String siteName = this.siteName.site();
        XmlDocument xml = new XmlDocument()
                .start("rss").attribute("version", "2.0").namespace("atom", ATOM).namespace("dc", DUBLIN_CORE)
                .start("channel")
                .element("title", siteName)
                .element("link", urls.home())
                .element("description", siteName + " 最新稿件")
                .element("language", FeedLanguage.CODE)
                .start("atom:link").attribute("href", urls.resource(PATH)).attribute("rel", "self")
                .attribute("type", "application/rss+xml").end();
        if (!entries.isEmpty() && entries.get(0).updated() != null) {
            xml.element("lastBuildDate", FeedDates.rfc822(entries.get(0).updated()));
        }
        for (FeedEntry entry : entries) {
            xml.start("item")
                    .element("title", entry.title())
                    .element("link", entry.url())
                    .start("guid").attribute("isPermaLink", "true").text(entry.url()).end()
                    .element("description", entry.summary());
            entry.authors().forEach(author -> xml.element("dc:creator", author));
            xml.element("category", entry.section());
            if (entry.published() != null) {
                xml.element("pubDate", FeedDates.rfc822(entry.published()));
            }
            xml.end();
        }
        return xml.finish();
    }
}
