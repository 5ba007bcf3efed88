package io.herald.render.web;

import jakarta.enterprise.context.ApplicationScoped;

import io.herald.events.ArticleSubmitted;
import io.herald.render.PublicUrls;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Renders an article as a standalone HTML5 web page ({@code templates/ArticlePage/page.html}). */
@ApplicationScoped
public class ArticlePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(ArticleSubmitted article, String canonicalUrl);
    }

    private final PublicUrls urls;

    ArticlePage(PublicUrls urls) {
        this.urls = urls;
    }

    public String render(ArticleSubmitted article) {
        return Templates.page(article, urls.article(article.articleId())).render();
    }
}
