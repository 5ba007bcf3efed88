package io.herald.events;

/**
 * The names every producer and consumer of Herald events agrees on: topics, CloudEvents types and
 * the Kafka headers that carry CloudEvents 1.0 attributes in binary mode.
 */
public final class EventContract {

    /** Every revision of every article; key = article id. */
    public static final String ARTICLES_SUBMITTED = "articles.submitted";
    /** What render-service produced for each revision; key = article id. */
    public static final String ARTICLES_RENDERED = "articles.rendered";
    /** Records catalog-service could not apply. */
    public static final String ARTICLES_SUBMITTED_CATALOG_DLQ = "articles.submitted.catalog-dlq";
    /** Records render-service could not apply. */
    public static final String ARTICLES_SUBMITTED_RENDER_DLQ = "articles.submitted.render-dlq";
    /** articles.rendered records wechat-service could not apply (they break the event contract). */
    public static final String ARTICLES_RENDERED_WECHAT_DLQ = "articles.rendered.wechat-dlq";
    /** Partitions per topic unless an operator chooses otherwise. */
    public static final int DEFAULT_PARTITIONS = 6;

    public static final String TYPE_ARTICLE_SUBMITTED = "io.herald.article.submitted.v1";
    public static final String TYPE_ARTICLE_RENDERED = "io.herald.article.rendered.v1";

    public static final String CE_SPECVERSION = "ce_specversion";
    public static final String CE_ID = "ce_id";
    public static final String CE_TYPE = "ce_type";
    public static final String CE_SOURCE = "ce_source";
    public static final String CE_SUBJECT = "ce_subject";
    public static final String CE_TIME = "ce_time";
    public static final String CONTENT_TYPE = "content-type";

    public static final String SPEC_VERSION = "1.0";
    public static final String JSON = "application/json";

    private EventContract() {
    }
}
