package io.herald.render.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

import io.herald.events.ArticleRendered.WechatArticle;
import io.herald.events.ArticleRendered;
import io.herald.events.ArticleSubmitted;
import io.herald.events.PageNumbers;
import io.herald.events.PubStatus;
import io.herald.events.Publication;

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
    @Mutability(Immutability.class)
    public WechatArticle wechat;

    @Column(name = "rendered_at")
    public Instant renderedAt;

    /** The revision this was rendered from, whole (null only for renditions made before it was kept). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public ArticleSubmitted document;

    @Column(name = "publication_name")
    public String publicationName;

    @Column(name = "issue_date")
    public LocalDate issueDate;

    /** Page label as printed, e.g. {@code 01版}. */
    public String page;

    /** The number in {@link #page} ({@code 01版} → 1), or null when it has none. */
    @Column(name = "page_number")
    public Integer pageNumber;

    public String section;

    @Column(name = "first_created")
    public Instant firstCreated;

    @Column(name = "version_created")
    public Instant versionCreated;

    /** The time readers are shown as the article's publication ({@link ArticleSubmitted#publicationTime()}). */
    @Column(name = "published_at")
    public Instant publishedAt;

    /** Not shown before this instant, when set. */
    @Column(name = "embargo_until")
    public Instant embargoUntil;

    /**
     * Announced as embargoed, its announcement as published still due: set when a usable revision is rendered before
     * its embargo (by this instance's clock), cleared by the embargo release once the embargo passed (by the
     * database's clock).
     */
    @Column(name = "release_pending")
    public boolean releasePending;

    /**
     * Makes this the rendition of {@code article} (from event {@code eventId}), rendered as the web page
     * {@code webHtml} and the WeChat article {@code wechat}.
     */
    public void renderedFrom(String eventId, ArticleSubmitted article, String webHtml, WechatArticle wechat) {
        this.articleId = article.articleId();
        this.revision = article.revision();
        this.eventId = eventId;
        this.pubStatus = article.pubStatus();
        this.headline = article.headline();
        show(webHtml, wechat);
        keepSource(article);
        this.releasePending = pubStatus == PubStatus.USABLE && embargoUntil != null && embargoUntil.isAfter(renderedAt);
    }

    /**
     * Shows the web page {@code webHtml} and the WeChat article {@code wechat} from now on (a re-render of the same
     * revision).
     */
    public void show(String webHtml, WechatArticle wechat) {
        this.webHtml = webHtml;
        this.wechat = wechat;
        this.renderedAt = Instant.now();
    }

    /** Whether this rendition shows exactly the web page {@code webHtml} and the WeChat article {@code wechat}. */
    public boolean shows(String webHtml, WechatArticle wechat) {
        return Objects.equals(this.webHtml, webHtml) && Objects.equals(this.wechat, wechat);
    }

    /** Keeps {@code article} as this rendition's source, with the fields pages, feeds and the sitemap select by. */
    private void keepSource(ArticleSubmitted article) {
        Publication publication = article.publication();
        this.document = article;
        this.publicationName = publication == null ? null : publication.name();
        this.issueDate = publication == null ? null : publication.issueDate();
        this.page = article.page();
        this.pageNumber = PageNumbers.of(article.page());
        this.section = article.section();
        this.firstCreated = article.firstCreated();
        this.versionCreated = article.versionCreated();
        this.embargoUntil = article.embargoUntil();
        this.publishedAt = article.publicationTime();
    }

    /** Its embargo passed: from now on it is announced as published. */
    public void release() {
        this.releasePending = false;
    }

    /**
     * Published only while the article is usable and its release is not pending (embargoed until then); withheld and
     * killed articles are unpublished.
     */
    public ArticleRendered.Status status() {
        if (pubStatus != PubStatus.USABLE) {
            return ArticleRendered.Status.UNPUBLISHED;
        }
        return releasePending ? ArticleRendered.Status.EMBARGOED : ArticleRendered.Status.PUBLISHED;
    }
}
