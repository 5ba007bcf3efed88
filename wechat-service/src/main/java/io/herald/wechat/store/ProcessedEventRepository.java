package io.herald.wechat.store;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * The channel's {@code processed_event}: claims articles.rendered event ids in the current transaction, so that an
 * event delivered twice (also to two instances at once) changes nothing the second time.
 */
@ApplicationScoped
public class ProcessedEventRepository implements PanacheRepositoryBase<ProcessedEvent, String> {

    /** @return false if the event was applied before (also by a concurrent transaction): it must change nothing */
    public boolean claim(String eventId, String articleId, int revision) {
        return getEntityManager().createNativeQuery("""
                insert into processed_event (event_id, article_id, revision, processed_at)
                values (?1, ?2, ?3, now())
                on conflict do nothing""")
                .setParameter(1, eventId).setParameter(2, articleId).setParameter(3, revision)
                .executeUpdate() == 1;
    }
}
