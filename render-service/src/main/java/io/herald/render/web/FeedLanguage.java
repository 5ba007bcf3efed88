package io.herald.render.web;

/** The language feeds and the sitemap declare: Chinese as used in mainland China, as RSS and Google News write it. */
final class FeedLanguage {

    static final String CODE = "zh-cn";

    private FeedLanguage() {
    }
}
