package io.herald.faults;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import io.herald.events.EventContract;

/** What every scenario shares: how much it sends, how long it waits, and what it asserts at the end. */
final class Scenarios {

    /** Distinct articles each scenario sends at least. */
    static final int ARTICLES = 2000;
    /** Revisions acknowledged before the fault is injected: about a third of the load. */
    static final int FAULT_AFTER = 700;
    static final Duration PAUSE = Duration.ofMillis(20);
    static final Duration LOAD_TIMEOUT = Duration.ofSeconds(120);
    static final Duration RECOVERY_TIMEOUT = Duration.ofSeconds(300);

    private Scenarios() {
    }

    /**
     * Waits for the load to end and the pipeline to catch up, prints the figures line and asserts: nothing
     * acknowledged missing, no duplicate, every article at its highest acknowledged revision (killed ones
     * killed), articles.rendered in revision order per article, and the poison record parked by both consumers.
     */
    static Figures finish(String scenario, FaultStack stack, LoadGenerator load, LoadRun run, Instant faultEnded)
            throws InterruptedException {
        return finish(scenario, stack, load, run, faultEnded, ARTICLES);
    }

    /** {@link #finish(String, FaultStack, LoadGenerator, LoadRun, Instant)} of a load of {@code articles} articles. */
    static Figures finish(String scenario, FaultStack stack, LoadGenerator load, LoadRun run, Instant faultEnded,
            int articles) throws InterruptedException {
        Acknowledged acknowledged = run.join();
        PipelineCheck check = new PipelineCheck(stack);
        Figures figures = check.awaitComplete(scenario, acknowledged, faultEnded, RECOVERY_TIMEOUT);
        System.out.println(figures.line());
        assertAll(
                () -> assertTrue(figures.acked() >= articles, figures.line()),
                () -> assertEquals(0, figures.missing(), figures.line()),
                () -> assertEquals(0, figures.duplicates(), figures.line()),
                () -> assertEquals(0, figures.stale(), figures.line()),
                () -> assertEquals(0, figures.disordered(), figures.line()),
                () -> assertTrue(check.parked(EventContract.ARTICLES_SUBMITTED_CATALOG_DLQ, load.poisonKey()),
                        "the catalog parks the poison record"),
                () -> assertTrue(check.parked(EventContract.ARTICLES_SUBMITTED_RENDER_DLQ, load.poisonKey()),
                        "render parks the poison record"));
        return figures;
    }
}
