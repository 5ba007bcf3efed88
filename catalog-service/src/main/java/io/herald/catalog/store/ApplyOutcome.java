package io.herald.catalog.store;

/** What applying one event did to the catalog. */
public enum ApplyOutcome {
    /** The event's revision became the article's current state. */
    CURRENT,
    /** The revision was stored, but a newer one stays current (it arrived late). */
    HISTORY,
    /** Nothing changed: this event, or another one carrying the same revision, was applied before. */
    DUPLICATE
}
