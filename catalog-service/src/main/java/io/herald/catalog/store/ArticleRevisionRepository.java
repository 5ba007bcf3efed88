package io.herald.catalog.store;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.herald.events.ArticleSubmitted;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ArticleRevisionRepository implements PanacheRepositoryBase<ArticleRevision, ArticleRevision.Key> {

    /** Stores one revision; returns {@code false} if that revision of the article was already stored. */
    boolean record(String eventId, ArticleSubmitted event) {
        return getEntityManager().createQuery("""
                insert into ArticleRevision (articleId, revision, eventId, document, recordedAt)
                values (:articleId, :revision, :eventId, :document, :now)
                on conflict do nothing""")
                .setParameter("articleId", event.articleId())
                .setParameter("revision", event.revision())
                .setParameter("eventId", eventId)
                .setParameter("document", event)
                .setParameter("now", Instant.now())
                .executeUpdate() == 1;
    }
}
