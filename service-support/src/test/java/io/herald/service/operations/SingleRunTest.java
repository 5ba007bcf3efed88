package io.herald.service.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class SingleRunTest {

    /** A run's status: its name, and whether it is going. */
    record Status(String name, boolean running) {
    }

    @Test
    void secondStartWhileARunIsGoingIsRefusedWithTheRunningStatus() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(1);
        try (SingleRun<Status> runs = new SingleRun<>("test-run", Status::running)) {
            assertEquals(Optional.empty(), runs.status());
            runs.start(new Status("first", true), SingleRunTest::busy, () -> {
                awaitQuietly(release);
                runs.report(new Status("first", false));
                finished.countDown();
            });

            IllegalStateException busy = assertThrows(IllegalStateException.class,
                    () -> runs.start(new Status("second", true), SingleRunTest::busy,
                            () -> { }));
            assertEquals("first", busy.getMessage());

            release.countDown();
            assertTrue(finished.await(10, TimeUnit.SECONDS));
            assertEquals(new Status("second", true), runs.start(new Status("second", true), SingleRunTest::busy,
                    () -> runs.update(status -> new Status(status.name(), false))));
        }
    }

    @Test
    void theRunsThreadHasTheGivenName() throws InterruptedException {
        CountDownLatch ran = new CountDownLatch(1);
        String[] name = new String[1];
        try (SingleRun<Status> runs = new SingleRun<>("catalog-rebuild", Status::running)) {
            runs.start(new Status("named", true), SingleRunTest::busy, () -> {
                name[0] = Thread.currentThread().getName();
                ran.countDown();
            });
            assertTrue(ran.await(10, TimeUnit.SECONDS));
        }
        assertEquals("catalog-rebuild", name[0]);
    }

    private static IllegalStateException busy(Status running) {
        return new IllegalStateException(running.name());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
