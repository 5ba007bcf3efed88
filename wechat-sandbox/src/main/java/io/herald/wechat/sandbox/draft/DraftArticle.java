package io.herald.wechat.sandbox.draft;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One article of a draft, with WeChat's field names ({@code draft/add}, {@code draft/update}); fields WeChat does
 * not know (such as Herald's {@code herald_*}) are ignored.
 */
public record DraftArticle(
        String title,
        String author,
        String digest,
        String content,
        @JsonProperty("content_source_url") String contentSourceUrl,
        @JsonProperty("thumb_media_id") String thumbMediaId,
        @JsonProperty("need_open_comment") Integer needOpenComment,
        @JsonProperty("only_fans_can_comment") Integer onlyFansCanComment) {

    DraftArticle withContent(String cleaned) {
        return new DraftArticle(title, author, digest, cleaned, contentSourceUrl, thumbMediaId, needOpenComment,
                onlyFansCanComment);
    }
}
