package io.herald.render.store;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

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

    /** The oldest pending events, in the order they were written. */
    public List<OutboxEvent> oldest(int limit) {
        return find("order by id").page(0, limit).list();
    }
}
