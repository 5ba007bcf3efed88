package io.herald.wechat.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.herald.wechat.WireMockWechat;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@RealBrokerAndDatabase
@WithTestResource(WireMockWechat.class)
class AccountPauseRepositoryTest {

    /** Delivery workers told of the account's spent quota at the same moment. */
    private static final int WORKERS = 8;

    @Inject
    AccountPauseRepository pauses;

    @Test
    void workersPausingAnAccountAtOnceLeaveOnePause() throws Exception {
        String account = "paused-at-once-" + UUID.randomUUID();
        Instant until = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
        try {
            List<Future<?>> pausing = new ArrayList<>();
            for (int i = 0; i < WORKERS; i++) {
                String reason = "daily quota spent (worker " + i + ")";
                pausing.add(workers.submit(() -> {
                    start.await();
                    QuarkusTransaction.requiringNew().run(() -> pauses.pause(account, until, reason));
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> pause : pausing) {
                pause.get();
            }

            Optional<AccountPause> pause = QuarkusTransaction.requiringNew()
                    .call(() -> pauses.current(account, Instant.now()));
            assertTrue(pause.isPresent());
            assertEquals(until, pause.get().pausedUntil);
            assertTrue(pause.get().reason.startsWith("daily quota spent (worker "), pause.get().reason);
        } finally {
            workers.shutdownNow();
            QuarkusTransaction.requiringNew().run(() -> pauses.resume(account));
        }
    }
}
