package io.herald.faults;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What ingest acknowledged (202, or an accepted bulk line): per article the highest acknowledged revision and
 * whether that revision is a kill. What it refused with a 4xx problem is counted apart.
 */
final class Acknowledged {

    /** The highest acknowledged revision of one article. */
    record Revision(int revision, boolean killed) {
    }

    private final Map<String, Revision> highest = new ConcurrentHashMap<>();
    private final AtomicInteger acknowledgements = new AtomicInteger();
    private final AtomicInteger refusals = new AtomicInteger();

    void acknowledged(String articleId, int revision, boolean killed) {
        acknowledgements.incrementAndGet();
        highest.merge(articleId, new Revision(revision, killed),
                (known, added) -> added.revision() > known.revision() ? added : known);
    }

    void refused() {
        refusals.incrementAndGet();
    }

    /** Every answer that acknowledged a revision, duplicates included. */
    int acknowledgements() {
        return acknowledgements.get();
    }

    int refusals() {
        return refusals.get();
    }

    int articles() {
        return highest.size();
    }

    Map<String, Revision> snapshot() {
        return Map.copyOf(highest);
    }
}
