package io.herald.service.store;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.persistence.Query;

import io.herald.events.SubmittedEvent;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * The repository of {@code processed_event}: claims event ids in the current transaction, so that an event
 * delivered twice (also to two instances at once) changes nothing the second time. Each consuming service's
 * {@code ProcessedEventRepository} is this ledger over its {@code ProcessedEvent} entity.
 *
 * @param <E> the service's entity of {@code processed_event}
 */
public abstract class ProcessedEventLedger<E extends ProcessedEventRecord> implements PanacheRepositoryBase<E, String> {

    /**
     * Records that {@code event} is being processed.
     *
     * @return false if it was processed before (also by a concurrent transaction), so it must change nothing
     */
    public boolean claim(SubmittedEvent event) {
        return !claim(List.of(event)).isEmpty();
    }

    /**
     * Records that the events are being processed, in one multi-row insert per {@link MultiRowInsert#MAX_ROWS}
     * events, and returns the ids that were not processed before. An id processed before is left out, also when
     * another transaction claimed it concurrently (the insert waits for that one to finish). An id that comes
     * twice is claimed once, with the first event under it; rows are inserted in event id order, so that
     * concurrent claims wait for each other rather than deadlock.
     */
    public Set<String> claim(List<SubmittedEvent> events) {
        Set<String> claimed = new HashSet<>();
        Map<String, SubmittedEvent> byId = new TreeMap<>();
        events.forEach(submitted -> byId.putIfAbsent(submitted.eventId(), submitted));
        List<SubmittedEvent> ordered = List.copyOf(byId.values());
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
