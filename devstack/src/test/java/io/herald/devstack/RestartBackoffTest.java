package io.herald.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class RestartBackoffTest {

    private static final Duration BRIEFLY = Duration.ofSeconds(2);

    @Test
    void doublesFromOneSecondUpToThirtyWhileTheServiceKeepsDying() {
        RestartBackoff backoff = RestartBackoff.standard();

        List<Long> delays = Stream.generate(() -> backoff.afterExit(BRIEFLY).toSeconds()).limit(8).toList();

        assertEquals(List.of(1L, 2L, 4L, 8L, 16L, 30L, 30L, 30L), delays);
    }

    @Test
    void startsOverOnceTheServiceHadStayedUpAMinute() {
        RestartBackoff backoff = RestartBackoff.standard();
        for (int exit = 0; exit < 5; exit++) {
            backoff.afterExit(BRIEFLY);
        }

        assertEquals(Duration.ofSeconds(1), backoff.afterExit(Duration.ofSeconds(60)));
        assertEquals(Duration.ofSeconds(2), backoff.afterExit(BRIEFLY));
    }
}
