package io.herald.render.web;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import io.herald.events.ArticleSubmitted;
import io.herald.events.BodyBlock;
import io.herald.events.Contributor;
import io.herald.events.PageNumbers;
import io.herald.events.Publication;
import io.herald.render.PublicUrls;
import io.herald.render.RenderConfig;
import io.herald.render.text.SiteName;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Renders an article as a standalone HTML5 web page: the head ({@code templates/ArticlePage/page.html}) carries the
 * canonical link, Open Graph, the Twitter card and NewsArticle JSON-LD; the body
 * ({@code templates/ArticlePage/content.html}) is cleaned by {@link WebHtml} before it is put in.
 */
@ApplicationScoped
public class ArticlePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(ArticleSubmitted article, ArticleMeta meta, String jsonLd, String body);

        static native TemplateInstance content(ArticleSubmitted article, ArticleMeta meta);
    }

    private final PublicUrls urls;
    private final SiteName siteName;
    private final RenderConfig.Web config;

    ArticlePage(PublicUrls urls, SiteName siteName, RenderConfig config) {
        this.urls = urls;
        this.siteName = siteName;
        this.config = config.web();
    }

    public String render(ArticleSubmitted article) {
        ArticleMeta meta = meta(article);
        String body = WebHtml.clean(Templates.content(article, meta).render());
        return Templates.page(article, meta, NewsArticleJsonLd.of(article, meta), body).render();
    }

    ArticleMeta meta(ArticleSubmitted article) {
        Publication publication = article.publication();
        boolean inIssue = publication != null && publication.name() != null && publication.issueDate() != null;
        Integer pageNumber = PageNumbers.of(article.page());
        Instant publishedAt = article.publicationTime();
        boolean printDate = publication != null && publication.issueDate() != null && publishedAt != null
                && publishedAt.equals(publication.issueDate().atStartOfDay(ArticleFormat.NEWSROOM_ZONE).toInstant());
        Instant versionCreated = article.versionCreated();
        boolean corrected = article.revision() > 1 && versionCreated != null && publishedAt != null
                && versionCreated.isAfter(publishedAt);
        Instant modifiedAt = corrected ? versionCreated : null;
        String publicationName = publication == null ? null : publication.name();
        String site = siteName.of(publicationName);
        return new ArticleMeta(
                urls.article(article.articleId()),
                urls.home(),
                site,
                publicationName != null ? publicationName : site,
                config.publisherLogoUrl().map(Object::toString).filter(ArticlePage::isWebUrl),
                Description.of(article, config.descriptionLength()),
                publishedAt,
                printDate,
                modifiedAt,
                imageUrls(article),
                article.byline().stream().map(Contributor::name).filter(Objects::nonNull).toList(),
                inIssue ? urls.issue(publication.name(), publication.issueDate()) : null,
                inIssue && pageNumber != null ? urls.issuePage(publication.name(), publication.issueDate(), pageNumber) : null);
    }

    private static List<String> imageUrls(ArticleSubmitted article) {
        return Stream.concat(article.body().stream().map(BodyBlock::image).filter(Objects::nonNull), article.images().stream())
                .map(ArticleFormat::webUri)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }

    private static boolean isWebUrl(String url) {
        return url.startsWith("https://") || url.startsWith("http://");
    }
}
