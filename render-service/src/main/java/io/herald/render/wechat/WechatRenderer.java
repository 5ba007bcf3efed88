package io.herald.render.wechat;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.herald.events.ArticleRendered.WechatArticle;
import io.herald.events.ArticleSubmitted;
import io.herald.render.PublicUrls;
import io.herald.render.RenderConfig;
import io.herald.render.text.Digest;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Renders an article as one WeChat {@code draft/add} article, checked against WeChat's limits: an article beyond
 * one is marked not publishable with the reason ({@link WechatLimits}), never cut to fit; only the digest is cut,
 * being a summary ({@link Digest}).
 *
 * <p>The content ({@code templates/WechatRenderer/content.html}, cleaned by {@link WechatHtml}) is what the
 * official-account editor keeps: inline styles only, no classes, no script. It opens with 全文约N字，阅读约M分钟
 * ({@link ChineseText}), as WeChat articles often do; headings are bold paragraphs; a list is one paragraph per
 * item, marked •; bold, italic, subscript, superscript and line breaks of the body's inline runs are kept
 * ({@link io.herald.render.text.InlineText}); links (a run's link, or an address written in the text) stay links
 * only to WeChat articles (mp.weixin.qq.com), any other is its text followed by a footnote marker ({@code [1]},
 * the same address keeping its number) and listed under 参考资料 at the end.
 *
 * <p>Images: WeChat shows only images on its own hosts, so an image whose address is on mmbiz.qpic.cn or
 * mmbiz.qlogo.cn is shown as an {@code <img>}; any other becomes an upload placeholder, a dashed box reading
 * 待上传图片 and, when the image has an http(s) address, that address, also held by the box's {@code
 * data-herald-upload} attribute. Caption, credit and photographer follow every image, each printed once
 * ({@link io.herald.render.text.ImageCredits}). A publisher finds the
 * placeholders by searching the draft for 待上传图片 (a tool, by the attribute), uploads each image to WeChat and
 * replaces the box with the image. The cover works the same way: {@code thumb_media_id} stays absent, {@code
 * herald_thumb_url} names the first image for the publisher to upload as permanent material.
 */
@ApplicationScoped
public class WechatRenderer {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance content(ContentView view, int characters, int readingMinutes);
    }

    private final PublicUrls urls;
    private final RenderConfig.Wechat config;
    private final WechatLimits limits;

    WechatRenderer(PublicUrls urls, RenderConfig config) {
        this.urls = urls;
        this.config = config.wechat();
        this.limits = new WechatLimits(this.config.limits());
    }

    public WechatArticle render(ArticleSubmitted article) {
        ContentView view = ContentView.of(article);
        String text = view.text();
        int characters = ChineseText.characters(text);
        int readingMinutes = ChineseText.readingMinutes(text, config.cjkCharactersPerMinute(),
                config.latinWordsPerMinute());
        String content = WechatHtml.clean(Templates.content(view, characters, readingMinutes).render());
        String title = article.headline();
        String author = WechatAuthor.of(article.byline(), config.limits().authorCharacters());
        String digest = Digest.of(article, config.digestLength());
        String contentSourceUrl = urls.article(article.articleId());
        List<String> problems = limits.problems(title, author, digest, content, contentSourceUrl);
        return new WechatArticle(title, author, digest, content, contentSourceUrl, null,
                flag(config.needOpenComment()), flag(config.onlyFansCanComment()), view.thumbUrl(), characters,
                readingMinutes, problems.isEmpty(), problems);
    }

    /** WeChat's flags are the numbers 0 and 1. */
    private static int flag(boolean on) {
        return on ? 1 : 0;
    }
}
