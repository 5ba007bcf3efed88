package io.herald.service.metrics;

import java.time.Duration;

import io.micrometer.core.instrument.Timer;

/**
 * Herald's latency timers, published to Prometheus as histograms with one set of buckets from 5 ms to an hour, so
 * that every latency panel reads alike ({@code histogram_quantile} over {@code <name>_seconds_bucket}) whether it
 * measures a request (milliseconds) or how far a consumer is behind (up to hours while it catches up).
 */
public final class LatencyTimers {

    private static final Duration[] BUCKETS = {
        Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50),
        Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
        Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30),
        Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofHours(1) };

    private LatencyTimers() {
    }

    /** A timer named {@code name} (e.g. {@code herald.event.age}: {@code herald_event_age_seconds_*}) with the buckets. */
    public static Timer.Builder builder(String name, String description) {
        return Timer.builder(name).description(description).serviceLevelObjectives(BUCKETS);
    }

    /** {@code duration}, or zero if it is negative (two clocks that disagree): a timer drops negative amounts. */
    public static Duration atLeastZero(Duration duration) {
        return duration.isNegative() ? Duration.ZERO : duration;
    }
}
