package io.herald.render.wechat;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The HTML the official-account editor keeps, enforced with jsoup's {@link Cleaner}: the tags section, p, span,
 * strong, em, b, br, blockquote, img, sub, sup and a; inline {@code style} attributes (the editor drops style sheets
 * and classes); {@code src}, {@code href} and the upload mark {@value #UPLOAD_ATTRIBUTE} with http(s) addresses
 * only. Links are kept only to WeChat articles (mp.weixin.qq.com), images only from WeChat's image hosts
 * (mmbiz.qpic.cn, mmbiz.qlogo.cn): WeChat strips any other, so the renderer turns those into footnotes and upload
 * placeholders first, and cleaning removes whatever else slipped through.
 */
final class WechatHtml {

    /** On an upload placeholder: the image's http(s) address, for a publisher's tool to upload it from. */
    static final String UPLOAD_ATTRIBUTE = "data-herald-upload";

    private static final Set<String> ARTICLE_HOSTS = Set.of("mp.weixin.qq.com");
    private static final Set<String> IMAGE_HOSTS = Set.of("mmbiz.qpic.cn", "mmbiz.qlogo.cn");

    private static final Safelist SAFELIST = Safelist.none()
            .addTags("section", "p", "span", "strong", "em", "b", "br", "blockquote", "img", "sub", "sup", "a")
            .addAttributes(":all", "style")
            .addAttributes("a", "href")
            .addAttributes("img", "src", "alt")
            .addAttributes("p", UPLOAD_ATTRIBUTE)
            .addProtocols("a", "href", "http", "https")
            .addProtocols("img", "src", "http", "https")
            .addProtocols("p", UPLOAD_ATTRIBUTE, "http", "https");

    private WechatHtml() {
    }

    /** {@code html} with only what the safelist allows, links only to WeChat articles, images only from WeChat. */
    static String clean(String html) {
        Document clean = new Cleaner(SAFELIST).clean(Jsoup.parseBodyFragment(html));
        for (Element link : clean.select("a")) {
            if (!isWechatArticle(link.attr("href"))) {
                link.unwrap();
            }
        }
        for (Element image : clean.select("img")) {
            if (!isWechatImage(image.attr("src"))) {
                image.remove();
            }
        }
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    /** {@code address} stripped, if it is an absolute http(s) URL with a host; else null. */
    static String httpUrl(String address) {
        return host(address) == null ? null : address.strip();
    }

    /** Whether {@code url} is a WeChat article, which WeChat lets content link to. */
    static boolean isWechatArticle(String url) {
        String host = host(url);
        return host != null && ARTICLE_HOSTS.contains(host);
    }

    /** Whether {@code url} is on WeChat's image hosts, the only images WeChat shows in content. */
    static boolean isWechatImage(String url) {
        String host = host(url);
        return host != null && IMAGE_HOSTS.contains(host);
    }

    /** The lower-case host of an absolute http(s) URL; null for anything else. */
    private static String host(String address) {
        if (address == null) {
            return null;
        }
        try {
            URI uri = new URI(address.strip());
            String scheme = uri.getScheme();
            boolean http = "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme);
            return http && uri.getHost() != null ? uri.getHost().toLowerCase(Locale.ROOT) : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
