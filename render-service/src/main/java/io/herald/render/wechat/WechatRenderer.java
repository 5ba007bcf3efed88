package io.herald.render.wechat;

import jakarta.enterprise.context.ApplicationScoped;

import io.herald.events.ArticleRendered.WechatArticle;
import io.herald.events.ArticleSubmitted;
import io.herald.events.Contributor;
import io.herald.render.PublicUrls;
import io.herald.render.RenderConfig;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Renders an article as one WeChat {@code draft/add} article: the content is HTML with inline styles
 * only ({@code templates/WechatRenderer/content.html}), as the official-account editor keeps nothing else.
 */
@ApplicationScoped
public class WechatRenderer {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance content(ArticleSubmitted article);
    }

    private final PublicUrls urls;
    private final int digestLength;

    WechatRenderer(PublicUrls urls, RenderConfig config) {
        this.urls = urls;
        this.digestLength = config.wechat().digestLength();
    }

    public WechatArticle render(ArticleSubmitted article) {
        String author = article.byline().stream().map(Contributor::name).findFirst().orElse(null);
        return new WechatArticle(article.headline(), author, Digest.of(article.body(), digestLength),
                Templates.content(article).render(), urls.article(article.articleId()));
    }
}
