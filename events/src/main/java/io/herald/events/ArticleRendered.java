package io.herald.events;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Event v1 on {@link EventContract#ARTICLES_RENDERED}: what render-service made of one revision,
 * for the WeChat channel and any other downstream publisher.
 *
 * @param articleId  the article, also the Kafka key
 * @param revision   the revision that was rendered
 * @param status       published; embargoed while the article's embargo has not passed; unpublished while withheld
 *                     or after a kill. Only a published event may be published on a channel
 * @param embargoUntil the article's embargo, when it has one: not to be shown before this instant. While it lies
 *                     ahead the status is embargoed, and render announces the article again, published, by itself
 *                     once it passed (a channel never has to poll)
 * @param webUrl       the article's web page
 * @param wechat       the WeChat {@code draft/add} article, present only when published
 * @param reasons      why the status is what it is: the pubStatus of an unpublished article, the embargo of an
 *                     embargoed one, or, while the web page is published, each WeChat limit the article cannot
 *                     meet, prefixed {@code "wechat: "}
 * @param renderedAt   when the rendition was made
 * @param origin       where the article comes from (publication, newsroom system, section), so that a channel can
 *                     route it, e.g. to the official accounts that take its section. Added within v1: absent in events
 *                     written before it, and a channel reads an absent origin as "unknown", never as a match
 */
public record ArticleRendered(
        String articleId,
        int revision,
        Status status,
        Instant embargoUntil,
        String webUrl,
        WechatArticle wechat,
        List<String> reasons,
        Instant renderedAt,
        Origin origin) {

    public ArticleRendered {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    /** An event that does not say where the article comes from, as every event written before {@code origin}. */
    public ArticleRendered(String articleId, int revision, Status status, Instant embargoUntil, String webUrl,
            WechatArticle wechat, List<String> reasons, Instant renderedAt) {
        this(articleId, revision, status, embargoUntil, webUrl, wechat, reasons, renderedAt, null);
    }

    /**
     * Where the article comes from. Each part is absent when the article did not say it.
     *
     * @param publication the masthead's name ({@link Publication#name()}), e.g. 中国高新技术产业导报
     * @param source      the authenticated newsroom system that submitted it ({@link Source#name()}), e.g.
     *                    {@code superdesk}, {@code demo}
     * @param section     the section label ({@link ArticleSubmitted#section()}), e.g. 要闻
     */
    public record Origin(String publication, String source, String section) {
    }

    /**
     * What a channel may do with the article. A status this version does not know (one added later) reads as
     * {@link #UNPUBLISHED}: a consumer that does not understand it publishes nothing.
     */
    public enum Status {
        /** Readers may see it now: a channel may publish it. */
        @JsonProperty("published") PUBLISHED,
        /** Usable, but not before {@code embargoUntil}: publish nothing yet; a published event follows by itself. */
        @JsonProperty("embargoed") EMBARGOED,
        /** Withheld or killed: publish nothing, withdraw what was published. */
        @JsonEnumDefaultValue @JsonProperty("unpublished") UNPUBLISHED
    }

    /**
     * One article of WeChat's {@code draft/add} call. WeChat's fields keep the names WeChat spells; the fields
     * WeChat does not know ({@code herald_*}, {@code publishable}, {@code problems}) are Herald's and are left out
     * when the article is sent. Lengths are counted in Unicode code points: a Chinese character or an emoji is one
     * character, whatever its UTF-16 or UTF-8 length.
     *
     * @param title              WeChat allows at most 32 characters
     * @param author             WeChat allows at most 16 characters; absent when the article credits no one
     * @param digest             at most 128 characters, cut at a sentence boundary
     * @param content            HTML with inline styles only; WeChat wants fewer than 20,000 characters and 1 MB
     * @param contentSourceUrl   the "read more" link, our web page
     * @param thumbMediaId       the cover's permanent media id, which only the publisher gets (by uploading the
     *                           cover, {@code herald_thumb_url}, as permanent material); always absent here
     * @param needOpenComment    1 when readers may comment, else 0
     * @param onlyFansCanComment 1 when only followers may comment, else 0
     * @param thumbUrl           the image to upload as the cover: the article's first image, when it has an
     *                           http(s) address
     * @param characters         the body's length in characters (code points, white space not counted)
     * @param readingMinutes     the body's reading time in whole minutes, at least 1
     * @param publishable        whether every field is within WeChat's limits; absent for articles rendered
     *                           before it was computed
     * @param problems           each limit the article does not meet, e.g. "title has 41 characters, WeChat allows
     *                           32"; nothing is cut to fit (only the digest, which is a summary by design)
     */
    public record WechatArticle(
            String title,
            String author,
            String digest,
            String content,
            @JsonProperty("content_source_url") String contentSourceUrl,
            @JsonProperty("thumb_media_id") String thumbMediaId,
            @JsonProperty("need_open_comment") int needOpenComment,
            @JsonProperty("only_fans_can_comment") int onlyFansCanComment,
            @JsonProperty("herald_thumb_url") String thumbUrl,
            @JsonProperty("herald_characters") Integer characters,
            @JsonProperty("herald_reading_minutes") Integer readingMinutes,
            Boolean publishable,
            List<String> problems) {

        public WechatArticle {
            problems = problems == null ? List.of() : List.copyOf(problems);
        }
    }
}
