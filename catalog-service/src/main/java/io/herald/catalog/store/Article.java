package io.herald.catalog.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.herald.events.ArticleSubmitted;
import io.herald.events.Contributor;
import io.herald.events.PubStatus;

/**
 * The current revision of one article: the whole event as {@link #document}, plus the fields the
 * catalog lists and sorts by as columns.
 */
@Entity
@Table(name = "article")
public class Article {

    @Id
    public String articleId;
    public int revision;
    public String eventId;
    @Enumerated(EnumType.STRING)
    public PubStatus pubStatus;
    public String language;
    public String headline;
    public String subheadline;
    public String dateline;
    public String section;
    public String page;
    public String publicationName;
    public LocalDate issueDate;
    /** Contributors' names in printed order, separated by 、. */
    public String byline;
    public Instant versionCreated;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public ArticleSubmitted document;
    public Instant updatedAt;

    static Article of(String eventId, ArticleSubmitted event) {
        Article article = new Article();
        article.articleId = event.articleId();
        article.replaceWith(eventId, event);
        return article;
    }

    /** Makes {@code event} the current revision. */
    void replaceWith(String eventId, ArticleSubmitted event) {
        this.revision = event.revision();
        this.eventId = eventId;
        this.pubStatus = event.pubStatus();
        this.language = event.language();
        this.headline = event.headline();
        this.subheadline = event.subheadline();
        this.dateline = event.dateline();
        this.section = event.section();
        this.page = event.page();
        this.publicationName = event.publication() == null ? null : event.publication().name();
        this.issueDate = event.publication() == null ? null : event.publication().issueDate();
        this.byline = event.byline().isEmpty() ? null
                : event.byline().stream().map(Contributor::name).collect(Collectors.joining("、"));
        this.versionCreated = event.versionCreated();
        this.document = event;
        this.updatedAt = Instant.now();
    }
}
