package io.herald.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The launcher, run as a child JVM ({@link LauncherUnderTest}: real Kafka and PostgreSQL, stand-in services),
 * killed with SIGKILL: nothing it started may outlive it.
 */
class LauncherKillTest {

    private static final Duration START_PATIENCE = Duration.ofSeconds(120);
    private static final Duration EXIT_PATIENCE = Duration.ofSeconds(30);

    @Test
    void aLauncherKilledWithSigkillLeavesNoServiceAndNoPostgresBehind() throws Exception {
        Path home = Files.createTempDirectory("herald-kill-");
        Process launcher = startLauncher(home);
        List<ProcessHandle> children = launcher.descendants().toList();
        ProcessHandle postmaster = StalePostmaster.postmaster(home.resolve("postgres")).orElseThrow();
        assertEquals(HeraldService.values().length, services(children).size(), "service JVMs among " + describe(children));

        launcher.destroyForcibly().waitFor();

        for (ProcessHandle process : concat(children, postmaster)) {
            assertTrue(exits(process), "still running after the launcher was killed: " + describe(List.of(process)));
        }
    }

    @Test
    void theNextStackStopsWhatAKilledLauncherAndItsGuardLeftBehind() throws Exception {
        Path home = Files.createTempDirectory("herald-leftovers-");
        Process launcher = startLauncher(home);
        List<ProcessHandle> services = services(launcher.descendants().toList());
        ProcessHandle postmaster = StalePostmaster.postmaster(home.resolve("postgres")).orElseThrow();

        // As `kill -9` of the launcher's whole process group would: the guard dies with it, so nothing is stopped.
        launcher.children().filter(process -> !services.contains(process)).forEach(ProcessHandle::destroyForcibly);
        launcher.destroyForcibly().waitFor();
        assertTrue(services.stream().allMatch(ProcessHandle::isAlive), "the services outlived launcher and guard");
        assertTrue(postmaster.isAlive(), "PostgreSQL outlived launcher and guard");

        new HeraldStack(StackConfig.onFreePorts(home, home.resolve("repository"))); // checks, stops leftovers, starts nothing

        assertFalse(postmaster.isAlive(), "the next stack stopped the stale PostgreSQL");
        for (ProcessHandle service : services) {
            assertFalse(service.isAlive(), "the next stack stopped the stale service " + service.pid());
        }
    }

    /** Starts the launcher as a child JVM and returns once it printed that Herald is up. */
    private static Process startLauncher(Path home) throws IOException, InterruptedException {
        Path repository = StandInRepository.create(home.resolve("repository"));
        Process launcher = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LauncherUnderTest.class.getName(), home.toString(), repository.toString())
                .redirectErrorStream(true)
                .start();
        List<String> output = new CopyOnWriteArrayList<>();
        CompletableFuture<Boolean> up = new CompletableFuture<>();
        // One thread reads the launcher's output until it ends, so that the launcher never blocks on a full pipe, and
        // says when Herald is up. (Closing the reader from another thread while this one reads would wait for a line.)
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(launcher.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    output.add(line);
                    if (line.startsWith("Herald is up")) {
                        up.complete(true);
                    }
                }
            } catch (IOException e) {
                output.add("(the launcher's output could not be read: " + e + ")");
            }
            up.complete(false);
        }, "launcher-output");
        reader.setDaemon(true);
        reader.start();
        boolean started;
        try {
            started = up.get(START_PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            started = false;
        }
        if (!started) {
            launcher.destroyForcibly();
        }
        assertTrue(started, "the launcher did not start: " + output);
        return launcher;
    }

    private static List<ProcessHandle> services(List<ProcessHandle> processes) {
        return processes.stream()
                .filter(process -> process.info().commandLine().map(command -> command.contains("quarkus-run.jar")).orElse(false))
                .toList();
    }

    private static boolean exits(ProcessHandle process) {
        try {
            process.onExit().get(EXIT_PATIENCE.toSeconds(), TimeUnit.SECONDS);
            return true;
        } catch (Exception e) {
            return !process.isAlive();
        }
    }

    private static List<ProcessHandle> concat(List<ProcessHandle> processes, ProcessHandle another) {
        List<ProcessHandle> all = new ArrayList<>(processes);
        all.add(another);
        return all;
    }

    private static String describe(List<ProcessHandle> processes) {
        return processes.stream().map(process -> process.pid() + " " + process.info().commandLine().orElse("?")).toList().toString();
    }
}
