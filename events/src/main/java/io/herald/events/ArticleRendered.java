package io.herald.events;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Event v1 on {@link EventContract#ARTICLES_RENDERED}: what render-service made of one revision,
 * for the WeChat channel and any other downstream publisher.
 *
 * @param articleId  the article, also the Kafka key
 * @param revision   the revision that was rendered
 * @param status     published, or unpublished after a kill
 * @param webUrl     the article's web page
 * @param wechat     the WeChat {@code draft/add} article, absent when unpublished
 * @param reasons    why the status is what it is, e.g. a WeChat limit the article cannot meet
 * @param renderedAt when the rendition was made
 */
public record ArticleRendered(
        String articleId,
        int revision,
        Status status,
        String webUrl,
        WechatArticle wechat,
        List<String> reasons,
        Instant renderedAt) {

    public ArticleRendered {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    public enum Status {
        @JsonProperty("published") PUBLISHED,
        @JsonProperty("unpublished") UNPUBLISHED
    }

    /**
     * One article of WeChat's {@code draft/add} call (field names as WeChat spells them).
     *
     * @param title            at most 32 characters
     * @param author           at most 16 characters
     * @param digest           at most 128 characters
     * @param content          HTML with inline styles only
     * @param contentSourceUrl the "read more" link, our web page
     */
    public record WechatArticle(
            String title,
            String author,
            String digest,
            String content,
            @JsonProperty("content_source_url") String contentSourceUrl) {
    }
}
