package io.herald.render.store;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.herald.events.ArticleRendered;
import io.herald.events.ArticleRendered.WechatArticle;
import io.herald.events.PubStatus;

/** The current rendition of one article: its newest revision, as a web page and a WeChat article. */
@Entity
@Table(name = "rendition")
public class Rendition {

    @Id
    @Column(name = "article_id")
    public String articleId;

    public int revision;

    /** The {@code ce_id} of the articles.submitted event this was rendered from. */
    @Column(name = "event_id")
    public String eventId;

    @Enumerated(EnumType.STRING)
    @Column(name = "pub_status")
    public PubStatus pubStatus;

    public String headline;

    @Column(name = "web_html")
    public String webHtml;

    @JdbcTypeCode(SqlTypes.JSON)
    public WechatArticle wechat;

    @Column(name = "rendered_at")
    public Instant renderedAt;

    /** Published only while the article is usable; withheld and killed articles are unpublished. */
    public ArticleRendered.Status status() {
        return pubStatus == PubStatus.USABLE ? ArticleRendered.Status.PUBLISHED : ArticleRendered.Status.UNPUBLISHED;
    }
}
