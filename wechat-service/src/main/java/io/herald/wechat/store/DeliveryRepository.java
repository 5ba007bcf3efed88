package io.herald.wechat.store;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.herald.events.ArticleRendered;
import io.herald.events.EventJson;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/**
 * The deliveries. The consumer and the worker write different columns, so neither undoes the other: the consumer
 * the wanted state ({@link #want}, {@link #withdraw}), the worker WeChat's state ({@link #record}); a newer announcement that arrives
 * while the worker calls WeChat makes the row due again whatever the worker writes.
 */
@ApplicationScoped
public class DeliveryRepository implements PanacheRepositoryBase<Delivery, Delivery.Key> {

    /**
     * Records what render announced for the account, unless the row already holds a newer revision; the row is due
     * at once, its attempts start again, in the announcement's trace ({@code traceparent}, may be null).
     */
    public void want(String account, ArticleRendered rendered, String traceparent) {
        String article = rendered.wechat() == null ? null : new String(EventJson.write(rendered.wechat()),
                java.nio.charset.StandardCharsets.UTF_8);
        getEntityManager().createNativeQuery("""
                insert into delivery (article_id, account, revision, status, article, state, next_attempt_at, traceparent)
                values (?1, ?2, ?3, ?4, ?5, 'WAITING', now(), ?6)
                on conflict (article_id, account) do update
                set revision = excluded.revision, status = excluded.status, article = excluded.article,
                    withdrawn_because = null, traceparent = excluded.traceparent,
                    wanted_version = delivery.wanted_version + 1, attempts = 0, polls = 0,
                    next_attempt_at = now(), updated_at = now()
                where excluded.revision >= delivery.revision""")
                .setParameter(1, rendered.articleId()).setParameter(2, account).setParameter(3, rendered.revision())
                .setParameter(4, rendered.status().name()).setParameter(5, article).setParameter(6, traceparent)
                .executeUpdate();
    }

    /**
     * Withdraws the article from an account that had it but does not take this revision: the wanted state becomes
     * unpublished {@code because}, so that the worker deletes the draft or the published article as after a kill.
     * Nothing happens where the account never had the article or already holds a newer revision. The withdrawal is
     * in the announcement's trace ({@code traceparent}, may be null).
     *
     * @return whether the account had the article
     */
    public boolean withdraw(String account, ArticleRendered rendered, String because, String traceparent) {
        return getEntityManager().createNativeQuery("""
                update delivery set revision = ?3, status = 'UNPUBLISHED', article = null, withdrawn_because = ?4,
                    traceparent = ?5,
                    wanted_version = wanted_version + 1, attempts = 0, polls = 0,
                    next_attempt_at = now(), updated_at = now()
                where article_id = ?1 and account = ?2 and revision <= ?3""")
                .setParameter(1, rendered.articleId()).setParameter(2, account).setParameter(3, rendered.revision())
                .setParameter(4, because).setParameter(5, traceparent)
                .executeUpdate() > 0;
    }

    /**
     * Takes the next due row for this instance for {@code lease}: no other instance takes it meanwhile.
     *
     * @return the row as stored, leased; empty when nothing is due
     */
    public Optional<Delivery> lease(Duration lease) {
        return getEntityManager().createNativeQuery("""
                update delivery set lease_until = now() + make_interval(secs => ?1)
                where (article_id, account) = (
                    select article_id, account from delivery
                    where next_attempt_at <= now() and (lease_until is null or lease_until < now())
                    order by next_attempt_at limit 1 for update skip locked)
                returning *""", Delivery.class)
                .setParameter(1, (double) lease.toMillis() / 1000).getResultStream().findFirst();
    }

    /**
     * Stores WeChat's state of the delivery and when to look again ({@code null}: nothing to do); {@code endLease}
     * after the last write of a turn, not before a call. If a newer announcement came since the worker read the row
     * ({@code wanted_version} moved), the row stays due at once.
     */
    public void record(Delivery delivery, Instant next, boolean endLease) {
        getEntityManager().createNativeQuery("""
                update delivery set state = ?3, step = ?4, step_revision = ?5, step_at = cast(?6 as timestamptz),
                    media_id = ?7, drafted_revision = ?8, content_source_url = ?9, publish_id = ?10,
                    wechat_article_id = ?11, article_url = ?12, attempts = ?13, polls = ?14, last_error = ?15,
                    publishing_since = cast(?19 as timestamptz),
                    updated_at = now(), lease_until = case when ?18 then null else lease_until end,
                    next_attempt_at = case when wanted_version = ?16 then cast(?17 as timestamptz) else now() end
                where article_id = ?1 and account = ?2""")
                .setParameter(1, delivery.articleId).setParameter(2, delivery.account)
                .setParameter(3, delivery.state.name()).setParameter(4, delivery.step)
                .setParameter(5, delivery.stepRevision).setParameter(6, delivery.stepAt)
                .setParameter(7, delivery.mediaId).setParameter(8, delivery.draftedRevision)
                .setParameter(9, delivery.contentSourceUrl).setParameter(10, delivery.publishId)
                .setParameter(11, delivery.wechatArticleId).setParameter(12, delivery.articleUrl)
                .setParameter(13, delivery.attempts).setParameter(14, delivery.polls)
                .setParameter(15, delivery.lastError).setParameter(16, delivery.wantedVersion)
                .setParameter(17, next).setParameter(18, endLease).setParameter(19, delivery.publishingSince)
                .executeUpdate();
    }

    /** The article's deliveries, by account. */
    public List<Delivery> ofArticle(String articleId) {
        return list("articleId = ?1 order by account", articleId);
    }

    /**
     * Makes the article's failed deliveries due again with fresh attempts (and, for a publication under way, a fresh
     * wait for its final status); returns how many.
     */
    public int retryFailed(String articleId) {
        return update("state = ?1, attempts = 0, polls = 0, publishingSince = null, nextAttemptAt = ?2"
                + " where articleId = ?3 and state = ?4", DeliveryState.WAITING, Instant.now(), articleId,
                DeliveryState.FAILED);
    }

    /** Makes the delivery that follows this publication on the account due at once; returns how many. */
    public int lookAgainAtPublication(String account, String publishId) {
        return update("nextAttemptAt = ?1 where account = ?2 and publishId = ?3 and state = ?4", Instant.now(),
                account, publishId, DeliveryState.PUBLISHING);
    }

    /** Makes the account's paused deliveries due again; returns how many. */
    public int resumeAccount(String account) {
        return update("nextAttemptAt = ?1 where account = ?2 and state = ?3", Instant.now(), account,
                DeliveryState.PAUSED);
    }

    /** How many of the account's articles are in each state, by the state's label. */
    public Map<String, Long> countByState(String account) {
        Map<String, Long> counts = new TreeMap<>();
        getEntityManager().createQuery("select d.state, count(d) from Delivery d where d.account = ?1 group by d.state",
                Object[].class).setParameter(1, account).getResultList()
                .forEach(row -> counts.put(((DeliveryState) row[0]).label(), (Long) row[1]));
        return counts;
    }

    /** The account's newest {@code limit} deliveries whose last attempt failed, newest first. */
    public List<Delivery> lastErrors(String account, int limit) {
        return find("account = ?1 and lastError is not null", Sort.descending("updatedAt"), account).page(0, limit)
                .list();
    }
}
