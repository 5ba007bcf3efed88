package io.herald.render.web;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.herald.events.ArticleSubmitted;
import io.herald.render.PublicUrls;
import io.herald.render.RenderConfig;
import io.herald.render.text.SiteName;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Renders the site's home page ({@code /}, {@code templates/HomePage/}): the site's name and the newest visible
 * articles, each with its headline, byline and digest. The feeds' channel link and the problem pages' 返回首页 lead
 * here. The body is cleaned by {@link WebHtml} like every web page's.
 */
@ApplicationScoped
public class HomePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(String siteName, String homeUrl, String rssUrl, String body);

        static native TemplateInstance content(String siteName, String homeUrl, List<IssueView.Item> items);
    }

    private final PublicUrls urls;
    private final SiteName siteName;
    private final int descriptionLength;

    HomePage(PublicUrls urls, SiteName siteName, RenderConfig config) {
        this.urls = urls;
        this.siteName = siteName;
        this.descriptionLength = config.web().descriptionLength();
    }

    /** The home page listing {@code articles}, the newest visible ones, newest first. */
    public String render(List<ArticleSubmitted> articles) {
        String name = siteName.site();
        List<IssueView.Item> items = articles.stream()
                .map(article -> IssueView.Item.of(article, urls.article(article.articleId()), descriptionLength))
                .toList();
        String body = WebHtml.clean(Templates.content(name, urls.home(), items).render());
        return Templates.page(name, urls.home(), urls.resource(RssFeed.PATH), body).render();
    }
}
