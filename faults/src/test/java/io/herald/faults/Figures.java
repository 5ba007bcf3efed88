package io.herald.faults;

import java.util.Locale;

/**
 * What a scenario found downstream of what ingest acknowledged.
 *
 * @param acked      distinct articles ingest acknowledged
 * @param catalog    of those, articles the catalog holds at their highest acknowledged revision (killed if killed)
 * @param rendered   of those, articles render holds at that revision and last announced on articles.rendered
 * @param missing    acknowledged articles absent from the catalog, the renditions or articles.rendered
 * @param duplicates rows beyond one per article (catalog, renditions) or per article revision (catalog history),
 *                   plus articles.rendered events beyond one per article revision (redeliveries of one event,
 *                   which consumers drop by its id, are not counted)
 * @param stale      acknowledged articles present but behind their highest acknowledged revision somewhere
 * @param disordered articles whose events on articles.rendered go back to a lower revision
 * @param recovery   seconds from the end of the fault until nothing was missing or stale
 */
record Figures(String scenario, int acked, int catalog, int rendered, int missing, int duplicates, int stale,
        int disordered, double recovery) {

    boolean complete() {
        return missing == 0 && stale == 0;
    }

    Figures recoveredIn(double seconds) {
        return new Figures(scenario, acked, catalog, rendered, missing, duplicates, stale, disordered, seconds);
    }

    /** e.g. {@code fault broker-bounce: acked 2002, catalog 2002, rendered 2002, missing 0, duplicates 0, ...}. */
    String line() {
        return String.format(Locale.ROOT, "fault %s: acked %d, catalog %d, rendered %d, missing %d, duplicates %d, "
                        + "stale %d, out of order %d, recovered in %.1f s",
                scenario, acked, catalog, rendered, missing, duplicates, stale, disordered, recovery);
    }
}
