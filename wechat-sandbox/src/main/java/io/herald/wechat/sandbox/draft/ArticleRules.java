package io.herald.wechat.sandbox.draft;

import static java.nio.charset.StandardCharsets.UTF_8;

import jakarta.enterprise.context.ApplicationScoped;

import io.herald.wechat.sandbox.api.WechatError;
import io.herald.wechat.sandbox.media.MediaStore;

/**
 * WeChat's rules for one draft article: title required, at most 32 characters (45003); author at most 16 (45110);
 * digest at most 128 (45004); content required, fewer than 20,000 characters and under 1 MB (45002);
 * content_source_url at most 1 KB (45005); thumb_media_id a permanent image of the account (40007). Characters are
 * Unicode code points, as render-service counts them.
 */
@ApplicationScoped
public class ArticleRules {

    static final int TITLE_CHARACTERS = 32;
    static final int AUTHOR_CHARACTERS = 16;
    static final int DIGEST_CHARACTERS = 128;
    static final int CONTENT_CHARACTERS_BELOW = 20_000;
    static final int CONTENT_BYTES_BELOW = 1024 * 1024;
    static final int SOURCE_URL_BYTES = 1024;

    private final MediaStore media;

    ArticleRules(MediaStore media) {
        this.media = media;
    }

    /** Throws the errcode of the first rule the article breaks; {@code index} (from 1) names it in errmsg. */
    void check(String appId, DraftArticle article, int index) {
        String which = "article " + index;
        if (article.title() == null || article.title().isBlank()) {
            throw WechatError.TITLE_TOO_LONG.exception(which + " has no title");
        }
        atMost(article.title(), TITLE_CHARACTERS, WechatError.TITLE_TOO_LONG, which + " title");
        atMost(article.author(), AUTHOR_CHARACTERS, WechatError.AUTHOR_TOO_LONG, which + " author");
        atMost(article.digest(), DIGEST_CHARACTERS, WechatError.DIGEST_TOO_LONG, which + " digest");
        String content = article.content();
        if (content == null || content.isBlank()) {
            throw WechatError.EMPTY_NEWS.exception(which + " has no content");
        }
        if (characters(content) >= CONTENT_CHARACTERS_BELOW || content.getBytes(UTF_8).length >= CONTENT_BYTES_BELOW) {
            throw WechatError.CONTENT_TOO_LONG.exception(which + " content must have fewer than 20000 characters "
                    + "and 1 MB");
        }
        if (article.contentSourceUrl() != null && article.contentSourceUrl().getBytes(UTF_8).length > SOURCE_URL_BYTES) {
            throw WechatError.URL_TOO_LONG.exception(which + " content_source_url");
        }
        if (media.material(appId, article.thumbMediaId()).isEmpty()) {
            throw WechatError.INVALID_MEDIA_ID.exception(which + " thumb_media_id must be a permanent image");
        }
    }

    private static void atMost(String value, int max, WechatError error, String field) {
        if (value != null && characters(value) > max) {
            throw error.exception("%s has %d characters, at most %d".formatted(field, characters(value), max));
        }
    }

    private static int characters(String value) {
        return value.codePointCount(0, value.length());
    }
}
