package io.herald.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class DatabaseRetryTest {

    private static final Duration NO_PAUSE = Duration.ZERO;

    @Test
    void workIsRunAgainWhileTheDatabaseDoesNotAnswerAndEachWaitIsTold() {
        AtomicInteger runs = new AtomicInteger();
        List<Integer> waits = new ArrayList<>();
        String result = DatabaseRetry.untilTheDatabaseAnswers(() -> {
            if (runs.incrementAndGet() < 3) {
                throw new IllegalStateException(new SQLException("connection refused", "08001"));
            }
            return "applied";
        }, NO_PAUSE, (failure, attempt) -> waits.add(attempt));

        assertEquals("applied", result);
        assertEquals(3, runs.get());
        assertEquals(List.of(1, 2), waits);
    }

    @Test
    void aFailureOfTheRecordIsThrownAtOnceWithoutWaiting() {
        IllegalStateException refused = new IllegalStateException(new SQLException("value too long", "22001"));
        AtomicInteger runs = new AtomicInteger();
        List<Integer> waits = new ArrayList<>();

        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> DatabaseRetry.untilTheDatabaseAnswers(() -> {
                    runs.incrementAndGet();
                    throw refused;
                }, NO_PAUSE, (failure, attempt) -> waits.add(attempt)));

        assertSame(refused, thrown);
        assertEquals(1, runs.get());
        assertEquals(List.of(), waits);
    }
}
