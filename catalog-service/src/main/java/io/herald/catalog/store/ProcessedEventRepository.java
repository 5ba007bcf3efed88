package io.herald.catalog.store;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.herald.events.ArticleSubmitted;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ProcessedEventRepository implements PanacheRepositoryBase<ProcessedEvent, String> {

    /**
     * Records that {@code eventId} is being processed. Returns {@code false} if it already was, also
     * when another transaction claimed it concurrently (the insert waits for that one to finish).
     */
    boolean claim(String eventId, ArticleSubmitted event) {
        return getEntityManager().createQuery("""
                insert into ProcessedEvent (eventId, articleId, revision, processedAt)
                values (:eventId, :articleId, :revision, :now)
                on conflict do nothing""")
                .setParameter("eventId", eventId)
                .setParameter("articleId", event.articleId())
                .setParameter("revision", event.revision())
                .setParameter("now", Instant.now())
                .executeUpdate() == 1;
    }
}
