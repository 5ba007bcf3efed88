package io.herald.catalog.replay;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.herald.catalog.store.ApplyOutcome;
import io.herald.catalog.store.ArticleCatalog;
import io.herald.events.SubmittedEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Applies events read back from Kafka through {@link ArticleCatalog}, each call in a transaction of its own. */
@ApplicationScoped
public class EventReplayer {

    private final ArticleCatalog catalog;

    EventReplayer(ArticleCatalog catalog) {
        this.catalog = catalog;
    }

    /** Applies one event in a new transaction; throws, with nothing changed, when it cannot be applied. */
    public ApplyOutcome apply(SubmittedEvent event) {
        return QuarkusTransaction.requiringNew().call(() -> catalog.apply(event.eventId(), event.event()));
    }

    /** Applies the events in order in one new transaction; throws, with nothing changed, when any cannot be. */
    public List<ApplyOutcome> applyAll(List<SubmittedEvent> events) {
        return QuarkusTransaction.requiringNew().call(() -> catalog.applyAll(events));
    }
}
