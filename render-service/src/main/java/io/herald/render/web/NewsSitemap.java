package io.herald.render.web;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.herald.render.PublicUrls;
import io.herald.render.store.RenditionRepository.SitemapEntry;
import io.herald.render.text.SiteName;

/** The Google News sitemap ({@code /sitemap-news.xml}): recent articles with their publication, language and title. */
@ApplicationScoped
public class NewsSitemap {

    public static final String MEDIA_TYPE = "application/xml; charset=UTF-8";
    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";

    private final PublicUrls urls;
    private final SiteName siteName;

    NewsSitemap(PublicUrls urls, SiteName siteName) {
        this.urls = urls;
        this.siteName = siteName;
    }

    public String write(List<SitemapEntry> entries) {
        XmlDocument xml = new XmlDocument().start("urlset").namespace(null, SITEMAP).namespace("news", NEWS);
        for (SitemapEntry entry : entries) {
            xml.start("url")
                    .element("loc", urls.article(entry.articleId()))
                    .start("news:news")
                    .start("news:publication")
                    .element("news:name", entry.publicationName() != null ? entry.publicationName() : siteName.of(null))
                    .element("news:language", FeedLanguage.CODE)
                    .end()
                    .element("news:publication_date", FeedDates.rfc3339(entry.publishedAt()))
                    .element("news:title", entry.headline() != null ? entry.headline() : "")
                    .end()
                    .end();
        }
        return xml.finish();
    }
}
