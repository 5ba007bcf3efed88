package io.herald.wechat.delivery;

import java.time.Duration;

/** Waits that double with each attempt, from a first wait up to a longest one. */
record Backoff(Duration first, Duration longest) {

    /** The wait after the {@code attempt}-th (1-based) failure or poll. */
    Duration after(int attempt) {
        Duration wait = first;
        for (int i = 1; i < attempt && wait.compareTo(longest) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(longest) > 0 ? longest : wait;
    }
}
