package io.herald.catalog.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.herald.catalog.search.SearchVector;
import io.herald.events.ArticleSubmitted;
import io.herald.events.Contributor;
import io.herald.events.PageNumbers;
import io.herald.events.PubStatus;
import io.herald.events.Publication;

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
    public String kicker;
    public String dateline;
    public String section;
    public String page;
    /** The number in {@link #page}'s label ({@code 01版} → 1), or null when it has none. */
    public Integer pageNumber;
    public String publicationName;
    public String publicationNameEn;
    public LocalDate issueDate;
    public Integer issueNumber;
    public Integer totalIssueNumber;
    public Integer pageCount;
    /** Contributors' names in printed order, separated by 、. */
    public String byline;
    /** Contributors' names in printed order, one element each (the author facet and filter). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> authors;
    public Instant firstCreated;
    public Instant versionCreated;
    /** Not shown before this instant, when set. */
    public Instant embargoUntil;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public ArticleSubmitted document;
    public Instant updatedAt;
    /**
     * The full-text index entry: a tsvector literal built in Java ({@link SearchVector}), cast by the INSERT or
     * UPDATE itself. Lazy, so that reading an article does not read its index entry.
     */
    @Basic(fetch = FetchType.LAZY)
    @Column(columnDefinition = "tsvector")
    @ColumnTransformer(write = "?::tsvector")
    public String searchVector;

    static Article of(String eventId, ArticleSubmitted event, String searchVector) {
        Article article = new Article();
        article.articleId = event.articleId();
        article.replaceWith(eventId, event, searchVector);
        return article;
    }

    /** Makes {@code event} the current revision; {@code searchVector} is {@link SearchVector#of} {@code event}. */
    void replaceWith(String eventId, ArticleSubmitted event, String searchVector) {
        this.revision = event.revision();
        this.eventId = eventId;
        this.pubStatus = event.pubStatus();
        this.language = event.language();
        this.headline = event.headline();
        this.subheadline = event.subheadline();
        this.kicker = event.kicker();
        this.dateline = event.dateline();
        this.section = event.section();
        this.page = event.page();
        this.pageNumber = PageNumbers.of(event.page());
        Publication publication = event.publication();
        this.publicationName = publication == null ? null : publication.name();
        this.publicationNameEn = publication == null ? null : publication.nameEn();
        this.issueDate = publication == null ? null : publication.issueDate();
        this.issueNumber = publication == null ? null : publication.issueNumber();
        this.totalIssueNumber = publication == null ? null : publication.totalIssueNumber();
        this.pageCount = publication == null ? null : publication.pageCount();
        this.authors = event.byline().stream().map(Contributor::name).toList();
        this.byline = authors.isEmpty() ? null : String.join("、", authors);
        this.firstCreated = event.firstCreated();
        this.versionCreated = event.versionCreated();
        this.embargoUntil = event.embargoUntil();
        this.document = event;
        this.updatedAt = Instant.now();
        this.searchVector = searchVector;
    }
}
