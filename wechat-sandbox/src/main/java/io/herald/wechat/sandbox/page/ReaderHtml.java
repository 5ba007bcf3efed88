package io.herald.wechat.sandbox.page;

import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

import io.quarkus.qute.RawString;

/**
 * Article content as a page shows it: the HTML Herald rendered, cleaned once more against a safelist (WeChat's
 * inline styles kept, no script, no handlers) before it is written unescaped.
 */
final class ReaderHtml {

    private static final Safelist SAFELIST = Safelist.relaxed()
            .addAttributes(":all", "style")
            .addTags("section", "span", "hr");

    private ReaderHtml() {
    }

    static RawString of(String content) {
        return new RawString(Jsoup.clean(content == null ? "" : content, SAFELIST));
    }
}
