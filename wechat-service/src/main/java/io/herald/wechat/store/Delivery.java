package io.herald.wechat.store;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.herald.events.ArticleRendered;

/**
 * One article on one official account. The consumer writes the wanted state (revision, status, article); the
 * delivery worker writes WeChat's state, before each call ({@link #step}) and after it.
 */
@Entity
@Table(name = "delivery")
@IdClass(Delivery.Key.class)
public class Delivery {

    /** The step in flight: written before the call, cleared after its answer is stored. */
    public static final String ADDING = "adding";
    /** {@code freepublish/submit} in flight, or unanswered: its publish id is not known. */
    public static final String SUBMITTING = "submitting";

    /** The primary key. */
    public record Key(String articleId, String account) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    public String articleId;
    @Id
    public String account;

    public int revision;
    @Enumerated(EnumType.STRING)
    @Column(columnDefinition = "text")
    public ArticleRendered.Status status;
    /** The WeChat article of the revision, as event JSON; absent unless published. */
    public String article;
    public int wantedVersion;
    /**
     * Why the article is withdrawn from the account although render announces it: the account does not take its
     * latest revision (not of its publications, sources or sections); absent while the account takes it.
     */
    public String withdrawnBecause;
    /** The W3C traceparent of the announcement the wanted state comes from: the worker's WeChat calls are in its trace. */
    public String traceparent;

    @Enumerated(EnumType.STRING)
    @Column(columnDefinition = "text")
    public DeliveryState state;
    public String step;
    public Integer stepRevision;
    public Instant stepAt;
    public String mediaId;
    public Integer draftedRevision;
    /** The content_source_url of the draft's article, by which WeChat's lists are searched for it. */
    public String contentSourceUrl;
    public String publishId;
    /**
     * Since when the channel waits for the publication's final status: its submit, or the first look after an
     * operator's retry (or after an upgrade that found it publishing).
     */
    public Instant publishingSince;
    public String wechatArticleId;
    public String articleUrl;
    public int attempts;
    public int polls;
    public String lastError;
    public Instant nextAttemptAt;
    public Instant leaseUntil;
    public Instant updatedAt;
}
