package io.herald.render.store;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

import io.herald.events.EventJson;
import io.herald.service.store.MultiRowInsert;
import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class OutboxRepository implements PanacheRepository<OutboxEvent> {

    /** Any constant shared by all instances: the key of the PostgreSQL advisory lock the relay runs under. */
    private static final long RELAY_LOCK = 0x4865_7261_6c64_4f42L;

    /**
     * Takes the relay lock until the current transaction ends, so that one instance at a time sends and
     * events leave in the order they were written.
     *
     * @return false if another instance holds it
     */
    public boolean tryLockRelay() {
        return (Boolean) getEntityManager().createNativeQuery("select pg_try_advisory_xact_lock(:key)")
                .setParameter("key", RELAY_LOCK)
                .getSingleResult();
    }

    /**
     * Writes {@code events} in list order, in one multi-row insert per {@link MultiRowInsert#MAX_ROWS} events: their
     * ids, the order the relay sends them in, follow the list. Their own ids are ignored.
     */
    public void insertAll(List<OutboxEvent> events) {
        for (List<OutboxEvent> chunk : MultiRowInsert.chunks(events)) {
            NativeQuery<?> insert = getEntityManager().createNativeQuery("""
                    insert into outbox (event_id, article_id, payload, created_at, traceparent)
                    values %s""".formatted(MultiRowInsert.rows(chunk.size(), "(?, ?, cast(? as jsonb), ?, ?)")))
                    .unwrap(NativeQuery.class);
            int parameter = 1;
            for (OutboxEvent event : chunk) {
                insert.setParameter(parameter++, event.eventId, StandardBasicTypes.UUID);
                insert.setParameter(parameter++, event.articleId, StandardBasicTypes.STRING);
                insert.setParameter(parameter++, new String(EventJson.write(event.payload), UTF_8),
                        StandardBasicTypes.STRING);
                insert.setParameter(parameter++, event.createdAt, StandardBasicTypes.INSTANT);
                insert.setParameter(parameter++, event.traceparent, StandardBasicTypes.STRING);
            }
            insert.executeUpdate();
        }
    }

    /** The oldest pending events, in the order they were written. */
    public List<OutboxEvent> oldest(int limit) {
        return find("order by id").page(0, limit).list();
    }
}
