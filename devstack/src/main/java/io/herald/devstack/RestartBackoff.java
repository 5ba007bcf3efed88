package io.herald.devstack;

import java.time.Duration;

/**
 * How long to wait before starting a service again that exited: {@code initial}, doubled after each exit up
 * to {@code max}, and back to {@code initial} once the service had stayed up for {@code stableAfter}. A
 * service that cannot start (a taken port, a broken configuration) is then tried twice a minute, not in a
 * tight loop, and one that crashes once a day always comes back within a second.
 */
final class RestartBackoff {

    static final Duration INITIAL = Duration.ofSeconds(1);
    static final Duration MAX = Duration.ofSeconds(30);
    static final Duration STABLE_AFTER = Duration.ofSeconds(60);

    private final Duration initial;
    private final Duration max;
    private final Duration stableAfter;
    private Duration next;

    RestartBackoff(Duration initial, Duration max, Duration stableAfter) {
        this.initial = initial;
        this.max = max;
        this.stableAfter = stableAfter;
        this.next = initial;
    }

    /** 1 s doubling to 30 s, reset after a minute up. */
    static RestartBackoff standard() {
        return new RestartBackoff(INITIAL, MAX, STABLE_AFTER);
    }

    /** The wait before the next start, after a run that lasted {@code uptime}. */
    synchronized Duration afterExit(Duration uptime) {
        if (uptime.compareTo(stableAfter) >= 0) {
            next = initial;
        }
        Duration delay = next;
        Duration doubled = next.multipliedBy(2);
        next = doubled.compareTo(max) > 0 ? max : doubled;
        return delay;
    }
}
