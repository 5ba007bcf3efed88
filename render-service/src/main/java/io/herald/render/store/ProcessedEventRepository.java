package io.herald.render.store;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ProcessedEventRepository implements PanacheRepositoryBase<ProcessedEvent, String> {

    /**
     * Records the event as processed in the current transaction.
     *
     * @return false if it was processed before (also by a concurrent transaction), so it must change nothing
     */
    public boolean markProcessed(String eventId, String articleId, int revision) {
        return getEntityManager().createNativeQuery("""
                insert into processed_event (event_id, article_id, revision, processed_at)
                values (:eventId, :articleId, :revision, now())
                on conflict (event_id) do nothing""")
                .setParameter("eventId", eventId)
                .setParameter("articleId", articleId)
                .setParameter("revision", revision)
                .executeUpdate() == 1;
    }
}
