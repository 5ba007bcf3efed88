package io.herald.render.store;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ParkedEventRepository implements PanacheRepositoryBase<ParkedEvent, UUID> {

    /** The {@code limit} events parked first, oldest first. */
    public List<ParkedEvent> oldest(int limit) {
        return find("order by parkedAt, eventId").page(0, limit).list();
    }
}
