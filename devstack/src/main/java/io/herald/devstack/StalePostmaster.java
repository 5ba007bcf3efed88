package io.herald.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The postmaster recorded in a data directory's {@code postmaster.pid}. zonky starts PostgreSQL through
 * {@code pg_ctl}, which detaches it, so it outlives a launcher that was killed; the next start stops it.
 */
final class StalePostmaster {

    private static final Logger LOG = LoggerFactory.getLogger(StalePostmaster.class);
    /** How long a fast shutdown (SIGINT: roll back, checkpoint, exit) may take before the postmaster is killed. */
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(30);

    private StalePostmaster() {
    }

    /** The running postmaster of {@code dataDirectory}, if {@code postmaster.pid} names a live PostgreSQL process. */
    static Optional<ProcessHandle> postmaster(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        List<String> lines;
        try {
            lines = Files.exists(pidFile) ? Files.readAllLines(pidFile) : List.of();
        } catch (IOException e) {
            return Optional.empty();
        }
        if (lines.isEmpty() || !lines.get(0).strip().matches("\\d+")) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.get(0).strip())).filter(StalePostmaster::isPostgres);
    }

    /** Stops the postmaster still running on {@code dataDirectory}, if any (a fast shutdown, then SIGKILL). */
    static void stopIfRunning(Path dataDirectory) {
        Optional<ProcessHandle> stale = postmaster(dataDirectory);
        if (stale.isEmpty()) {
            return;
        }
        ProcessHandle postmaster = stale.get();
        LOG.warn("PostgreSQL (pid {}) is still running on {}, left by a launcher that did not stop it; stopping it",
                postmaster.pid(), dataDirectory);
        try {
            new ProcessBuilder("kill", "-INT", String.valueOf(postmaster.pid())).inheritIO().start().waitFor();
            postmaster.onExit().get(SHUTDOWN_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (IOException | ExecutionException | TimeoutException e) {
            LOG.warn("PostgreSQL (pid {}) did not shut down within {} s; killing it", postmaster.pid(), SHUTDOWN_GRACE.toSeconds());
            postmaster.destroyForcibly();
            postmaster.onExit().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping PostgreSQL (pid " + postmaster.pid() + ")", e);
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        ProcessHandle.Info info = process.info();
        return info.command().or(info::commandLine).map(command -> command.contains("postgres")).orElse(false);
    }
}
