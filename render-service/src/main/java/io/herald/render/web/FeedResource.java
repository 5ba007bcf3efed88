package io.herald.render.web;

import java.time.Instant;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.herald.render.PublicUrls;
import io.herald.render.RenderConfig;
import io.herald.render.store.RenditionRepository;

/** The feeds and the news sitemap, made from the articles visible now each time they are asked for. */
@Path("/")
public class FeedResource {

    private final RenditionRepository renditions;
    private final RssFeed rss;
    private final AtomFeed atom;
    private final NewsSitemap sitemap;
    private final PublicUrls urls;
    private final RenderConfig.Web config;

    FeedResource(RenditionRepository renditions, RssFeed rss, AtomFeed atom, NewsSitemap sitemap, PublicUrls urls,
            RenderConfig config) {
        this.renditions = renditions;
        this.rss = rss;
        this.atom = atom;
        this.sitemap = sitemap;
        this.urls = urls;
        this.config = config.web();
    }

    @GET
    @Path(RssFeed.PATH)
    @Produces(RssFeed.MEDIA_TYPE)
    @Operation(summary = "RSS 2.0 feed of the newest visible articles")
    public String rss() {
        return rss.write(newest());
    }

    @GET
    @Path(AtomFeed.PATH)
    @Produces(AtomFeed.MEDIA_TYPE)
    @Operation(summary = "Atom feed of the newest visible articles")
    public String atom() {
        return atom.write(newest(), Instant.now());
    }

    @GET
    @Path("sitemap-news.xml")
    @Produces(NewsSitemap.MEDIA_TYPE)
    @Operation(summary = "Google News sitemap of the visible articles published in the last days")
    public String sitemap() {
        Instant now = Instant.now();
        return sitemap.write(renditions.visiblePublishedBetween(now.minus(config.sitemapWindow()), now,
                config.sitemapSize()));
    }

    private List<FeedEntry> newest() {
        return renditions.newestVisible(config.feedSize()).stream()
                .map(rendition -> FeedEntry.of(rendition.document, urls.article(rendition.articleId),
                        config.descriptionLength()))
                .toList();
    }
}
