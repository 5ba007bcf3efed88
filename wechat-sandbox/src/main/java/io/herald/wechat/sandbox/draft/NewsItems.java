package io.herald.wechat.sandbox.draft;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.herald.wechat.sandbox.media.MediaStore;

/** An article as WeChat answers it in {@code news_item} ({@code draft/get}, {@code freepublish/getarticle}). */
@ApplicationScoped
public class NewsItems {

    private final MediaStore media;

    NewsItems(MediaStore media) {
        this.media = media;
    }

    /** The article's fields; {@code url} is where a reader (or an editor, for a draft) sees it. */
    public Map<String, Object> of(String appId, DraftArticle article, String url, boolean withContent) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("title", article.title());
        item.put("author", article.author() == null ? "" : article.author());
        item.put("digest", article.digest() == null ? "" : article.digest());
        if (withContent) {
            item.put("content", article.content());
        }
        item.put("content_source_url", article.contentSourceUrl() == null ? "" : article.contentSourceUrl());
        item.put("thumb_media_id", article.thumbMediaId());
        item.put("thumb_url", media.material(appId, article.thumbMediaId()).map(media::url).orElse(""));
        item.put("need_open_comment", flag(article.needOpenComment()));
        item.put("only_fans_can_comment", flag(article.onlyFansCanComment()));
        item.put("url", url);
        return item;
    }

    private static int flag(Integer value) {
        return value == null ? 0 : value;
    }
}
