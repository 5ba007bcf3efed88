package io.herald.catalog.store;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import io.herald.events.ArticleSubmitted;
import io.herald.events.EventJson;
import io.herald.events.SubmittedEvent;
import io.herald.service.store.MultiRowInsert;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ArticleRevisionRepository implements PanacheRepositoryBase<ArticleRevision, ArticleRevision.Key> {

    /**
     * Stores the revisions of {@code events} that are not stored yet, one multi-row insert per
     * {@link MultiRowInsert#MAX_ROWS} events, and returns the keys of those it stored. A revision stored
     * before (or concurrently, by another transaction) is left as it is. The revisions must be distinct; rows are
     * inserted in key order, so that concurrent inserts wait for each other rather than deadlock.
     */
    Set<ArticleRevision.Key> recordNew(List<SubmittedEvent> events) {
        Set<ArticleRevision.Key> recorded = new HashSet<>();
        List<SubmittedEvent> ordered = events.stream()
                .sorted(Comparator.comparing((SubmittedEvent submitted) -> submitted.event().articleId())
                        .thenComparingInt(submitted -> submitted.event().revision()))
                .toList();
        for (List<SubmittedEvent> chunk : MultiRowInsert.chunks(ordered)) {
            Query insert = getEntityManager().createNativeQuery("""
                    insert into article_revision
                        (article_id, revision, event_id, document, pub_status, version_created, recorded_at)
                    values %s
                    on conflict do nothing
                    returning article_id, revision""".formatted(
                    MultiRowInsert.rows(chunk.size(), "(?, ?, ?, cast(? as jsonb), ?, ?, now())")));
            int parameter = 1;
            for (SubmittedEvent submitted : chunk) {
                ArticleSubmitted event = submitted.event();
                insert.setParameter(parameter++, event.articleId());
                insert.setParameter(parameter++, event.revision());
                insert.setParameter(parameter++, submitted.eventId());
                insert.setParameter(parameter++, new String(EventJson.write(event), UTF_8));
                insert.setParameter(parameter++, event.pubStatus().name());
                insert.setParameter(parameter++, event.versionCreated());
            }
            for (Object row : insert.getResultList()) {
                Object[] key = (Object[]) row;
                recorded.add(new ArticleRevision.Key((String) key[0], ((Number) key[1]).intValue()));
            }
        }
        return recorded;
    }

    /** Every revision of one article, oldest first; empty when the catalog has none. */
    public List<RevisionEntry> history(String articleId) {
        return getEntityManager().createQuery("""
                select new io.herald.catalog.store.RevisionEntry(r.revision, r.eventId, r.pubStatus, r.versionCreated,
                    r.recordedAt)
                from ArticleRevision r where r.articleId = :articleId order by r.revision""", RevisionEntry.class)
                .setParameter("articleId", articleId)
                .getResultList();
    }
}
