package io.herald.ingest.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;

import io.herald.ingest.api.Problem.FieldError;
import io.smallrye.mutiny.Uni;

class PipelinedSendsTest {

    @Test
    void resultsComeInLineOrderWhateverOrderTheAcknowledgementsArriveIn() throws InterruptedException {
        PipelinedSends sends = new PipelinedSends(window(10));
        CompletableFuture<LineResult> first = new CompletableFuture<>();
        sends.send(1, Uni.createFrom().completionStage(first));
        sends.add(LineResult.invalid(2, List.of(new FieldError("headline", "must not be blank"))));
        sends.send(3, Uni.createFrom().item(LineResult.accepted(3, "demo:c", 1, "e3")));
        first.complete(LineResult.accepted(1, "demo:a", 1, "e1"));

        List<LineResult> results = sends.awaitAll();

        assertEquals(List.of(1, 2, 3), results.stream().map(LineResult::line).toList());
        assertEquals("demo:a", results.get(0).articleId());
        assertFalse(results.get(1).isAccepted());
        assertEquals("demo:c", results.get(2).articleId());
    }

    @Test
    void failedSendIsThatLinesNotAcknowledged() throws InterruptedException {
        PipelinedSends sends = new PipelinedSends(window(10));
        sends.send(7, Uni.createFrom().failure(new IllegalStateException("no ack")));

        assertEquals(List.of(LineResult.notAcknowledged(7)), sends.awaitAll());
    }

    @Test
    void sendWaitsWhileTheWindowIsFullAndGoesOnOnceASendIsAcknowledged() throws Exception {
        PipelinedSends sends = new PipelinedSends(window(1));
        CompletableFuture<LineResult> pending = new CompletableFuture<>();
        sends.send(1, Uni.createFrom().completionStage(pending));

        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> {
            try {
                sends.send(2, Uni.createFrom().item(LineResult.accepted(2, "demo:b", 1, "e2")));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertThrows(TimeoutException.class, () -> second.get(300, TimeUnit.MILLISECONDS),
                "the second send waits for a place in the window");

        pending.complete(LineResult.accepted(1, "demo:a", 1, "e1"));
        second.get(5, TimeUnit.SECONDS);
        assertTrue(sends.awaitAll().stream().allMatch(LineResult::isAccepted));
    }

    private static SendWindow window(int places) {
        return new SendWindow(new BulkConfig() {
            @Override
            public int maxInFlight() {
                return places;
            }

            @Override
            public int maxLineLength() {
                return 1024;
            }
        });
    }
}
