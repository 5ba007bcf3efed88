package io.herald.render.rendering;

import jakarta.enterprise.context.ApplicationScoped;

import io.herald.events.ArticleRendered.WechatArticle;
import io.herald.events.ArticleSubmitted;
import io.herald.render.web.ArticlePage;
import io.herald.render.wechat.WechatRenderer;

/** Renders one revision of an article for every channel: its web page and its WeChat draft. */
@ApplicationScoped
public class ArticleRenderer {

    /** What one revision renders to. */
    public record Rendered(String webHtml, WechatArticle wechat) {
    }

    private final ArticlePage webPage;
    private final WechatRenderer wechat;

    ArticleRenderer(ArticlePage webPage, WechatRenderer wechat) {
        this.webPage = webPage;
        this.wechat = wechat;
    }

    public Rendered render(ArticleSubmitted article) {
        return new Rendered(webPage.render(article), wechat.render(article));
    }
}
