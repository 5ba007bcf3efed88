package io.herald.catalog.store;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ProcessedEventRepository implements PanacheRepositoryBase<ProcessedEvent, String> {

    /**
     * Records that the events are being processed, in one multi-row insert per {@link MultiRowInsert#MAX_ROWS}
     * events, and returns the ids that were not processed before. An id processed before is left out, also when
     * another transaction claimed it concurrently (the insert waits for that one to finish). The event ids must
     * be distinct; rows are inserted in event id order, so that concurrent claims wait for each other rather than
     * deadlock.
     */
    Set<String> claim(List<SubmittedEvent> events) {
        Set<String> claimed = new HashSet<>();
        List<SubmittedEvent> ordered = events.stream().sorted(Comparator.comparing(SubmittedEvent::eventId)).toList();
        for (List<SubmittedEvent> chunk : MultiRowInsert.chunks(ordered)) {
            Query insert = getEntityManager().createNativeQuery("""
                    insert into processed_event (event_id, article_id, revision, processed_at)
                    values %s
                    on conflict do nothing
                    returning event_id""".formatted(MultiRowInsert.rows(chunk.size(), "(?, ?, ?, now())")));
            int parameter = 1;
            for (SubmittedEvent submitted : chunk) {
                insert.setParameter(parameter++, submitted.eventId());
                insert.setParameter(parameter++, submitted.event().articleId());
                insert.setParameter(parameter++, submitted.event().revision());
            }
            for (Object eventId : insert.getResultList()) {
                claimed.add((String) eventId);
            }
        }
        return claimed;
    }
}
