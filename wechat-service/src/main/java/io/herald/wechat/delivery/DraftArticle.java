package io.herald.wechat.delivery;

import java.util.LinkedHashMap;
import java.util.Map;

import io.herald.events.ArticleRendered.WechatArticle;

/** The article of {@code draft/add} and {@code draft/update}: WeChat's fields only, Herald's left out. */
final class DraftArticle {

    private DraftArticle() {
    }

    static Map<String, Object> of(WechatArticle article, String content, String thumbMediaId) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", article.title());
        if (article.author() != null) {
            fields.put("author", article.author());
        }
        if (article.digest() != null) {
            fields.put("digest", article.digest());
        }
        fields.put("content", content);
        if (article.contentSourceUrl() != null) {
            fields.put("content_source_url", article.contentSourceUrl());
        }
        fields.put("thumb_media_id", thumbMediaId);
        fields.put("need_open_comment", article.needOpenComment());
        fields.put("only_fans_can_comment", article.onlyFansCanComment());
        return fields;
    }
}
