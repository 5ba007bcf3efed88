package io.herald.faults;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Watches render's database while a scenario runs: how many sessions hold the outbox relay's advisory lock at
 * once (a relay sends only while it holds it) and in how many samples a relay was sending.
 */
final class RelayLockSampler implements AutoCloseable {

    /** render's OutboxRepository.RELAY_LOCK; pg_locks shows a bigint key as classid (high half) and objid. */
    private static final long RELAY_LOCK = 0x4865_7261_6c64_4f42L;
    private static final String HOLDERS = "select count(*) from pg_locks where locktype = 'advisory' and granted"
            + " and database = (select oid from pg_database where datname = 'render')"
            + " and objsubid = 1 and ((classid::bigint << 32) | objid::bigint) = " + RELAY_LOCK;

    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger mostAtOnce = new AtomicInteger();
    private final AtomicInteger samplesHeld = new AtomicInteger();
    private final CompletableFuture<Void> sampling;

    RelayLockSampler(Database database) {
        sampling = CompletableFuture.runAsync(() -> {
            while (running.get()) {
                try (Connection connection = database.connect("render"); Statement statement = connection.createStatement()) {
                    while (running.get()) {
                        try (ResultSet result = statement.executeQuery(HOLDERS)) {
                            result.next();
                            int holders = result.getInt(1);
                            mostAtOnce.accumulateAndGet(holders, Math::max);
                            samplesHeld.addAndGet(holders > 0 ? 1 : 0);
                        }
                        Thread.sleep(10);
                    }
                } catch (SQLException e) {
                    pause();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        });
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The most relays seen holding the lock at the same moment. */
    int mostAtOnce() {
        return mostAtOnce.get();
    }

    /** Samples in which a relay held the lock: more than zero shows the sampler saw relays at work. */
    int samplesHeld() {
        return samplesHeld.get();
    }

    @Override
    public void close() {
        running.set(false);
        sampling.join();
    }
}
