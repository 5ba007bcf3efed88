package io.herald.render.web;

import java.time.Instant;
import java.util.List;
import java.util.Optional;


/**
 * What an article page says about its article besides the article itself: its addresses, description, times and
 * credits as the page head (Open Graph, Twitter card, JSON-LD) and the page body show them.
 *
 * @param canonicalUrl     the article's web page
 * @param homeUrl          the site's home page
 * @param siteName         the site's name ({@link io.herald.render.text.SiteName}): title, site bar, {@code og:site_name}
 * @param publisherName    the publication's name, or the site's when the article has no publication
 * @param publisherLogoUrl the configured publisher logo, if any
 * @param description      a digest of the body ({@link Description})
 * @param publishedAt      the article's publication time ({@link io.herald.events.ArticleSubmitted#publicationTime()})
 * @param printDate        whether {@code publishedAt} is a print date (the start of its issue's day): shown as a day
 * @param modifiedAt       this revision's time, when it is a later revision made after {@code publishedAt}
 * @param imageUrls        the article's http(s) images, body images first, each once
 * @param authors          the byline's names, in printed order
 * @param issueUrl         the front page of the article's printed issue, if it has one
 * @param pageUrl          the page of that issue the article is printed on, if known
 */
public record ArticleMeta(
        String canonicalUrl,
        String homeUrl,
        String siteName,
        String publisherName,
        Optional<String> publisherLogoUrl,
        String description,
        Instant publishedAt,
        boolean printDate,
        Instant modifiedAt,
        List<String> imageUrls,
        List<String> authors,
        String issueUrl,
        String pageUrl) {

    /** The language of pages, feeds and the sitemap when an article does not name its own. */
    static final String LANGUAGE = "zh-CN";

    /** {@code datePublished} and {@code article:published_time}: ISO 8601 with the newsroom's +08:00 offset. */
    public String published() {
        return publishedAt == null ? null : ArticleFormat.newsroomIso(publishedAt);
    }

    /** The publication time as readers read it: {@code 2026年4月6日 09:30}, or {@code 2026年4月6日} for a print date. */
    public String publishedText() {
        if (publishedAt == null) {
            return null;
        }
        return printDate ? ArticleFormat.newsroomDateText(publishedAt) : ArticleFormat.newsroomText(publishedAt);
    }

    /** {@code dateModified} and {@code article:modified_time}: this revision's time, else the published one. */
    public String modified() {
        return modifiedAt == null ? published() : ArticleFormat.newsroomIso(modifiedAt);
    }

    /** {@code og:image}: the first image, or null. */
    public String imageUrl() {
        return imageUrls.isEmpty() ? null : imageUrls.get(0);
    }
}
