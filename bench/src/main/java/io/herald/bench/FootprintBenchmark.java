package io.herald.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import io.herald.devstack.HeraldService;
import io.herald.devstack.HeraldStack;
import io.herald.devstack.ServiceProcess;
import io.herald.devstack.StackConfig;

/**
 * Each service's footprint as the embedded default runs it (devstack's {@link HeraldStack}: the same command and
 * settings as {@code ./herald up}): how long it takes from its JVM's start until {@code /q/health/ready} answers
 * 200 when started alone (again, while the others idle; the median of some starts), and its resident memory
 * ({@code VmRSS}) after a warm-up through the whole pipeline and some seconds at rest. Run it with
 * {@code bench/run-footprint.sh}.
 */
public final class FootprintBenchmark {

    static final String USAGE = "arguments (all optional): articles=300 starts=3 rest-seconds=15 ready-target-seconds=5"
            + " rss-target-mb=250 repository=.";
    private static final Duration READY_POLL = Duration.ofMillis(50);
    /** Generous: on a busy 2-core machine the six services starting together have taken minutes. */
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);

    private FootprintBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = BenchArguments.parse(args, Map.of("articles", "300", "starts", "3",
                "rest-seconds", "15", "ready-target-seconds", "5", "rss-target-mb", "250", "repository", "."), USAGE);
        Path repository = Path.of(options.get("repository")).toAbsolutePath().normalize();
        int startCount = Integer.parseInt(options.get("starts"));
        double readyTarget = Double.parseDouble(options.get("ready-target-seconds"));
        long rssTarget = Long.parseLong(options.get("rss-target-mb"));
        Path home = Files.createDirectories(repository.resolve("bench/target/footprint-run-" + System.currentTimeMillis()));
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();

        try (HeraldStack stack = new HeraldStack(StackConfig.onFreePorts(home, repository).withReadyTimeout(READY_TIMEOUT)).start()) {
            System.out.printf("The embedded stack is up (logs in %s); load average %s%n", home.resolve("logs"), loadAverage());
            Map<HeraldService, Start> starts = new EnumMap<>(HeraldService.class);
            for (HeraldService service : HeraldService.values()) {
                Start[] measured = new Start[startCount];
                for (int i = 0; i < startCount; i++) {
                    measured[i] = untilReady(client, stack.restart(service));
                }
                starts.put(service, Start.median(measured));
                System.out.printf("%s started alone %d times: ready after %s (median %s)%n", service.module(),
                        startCount, Arrays.toString(measured), starts.get(service));
            }

            new FootprintWarmUp(client, stack, new BenchArticles("footprint-" + UUID.randomUUID()))
                    .run(Integer.parseInt(options.get("articles")));
            int rest = Integer.parseInt(options.get("rest-seconds"));
            System.out.printf("At rest for %d s; load average %s%n", rest, loadAverage());
            Thread.sleep(Duration.ofSeconds(rest).toMillis());

            System.out.println();
            System.out.printf("%-16s | %7s | %10s | %6s | %s%n", "service", "ready s", "CPU s", "RSS MB",
                    "target met (ready <= " + options.get("ready-target-seconds") + " s, RSS <= " + rssTarget + " MB)");
            for (HeraldService service : HeraldService.values()) {
                long rssMegabytes = residentKilobytes(stack.process(service).handle().pid()) / 1024;
                Start start = starts.get(service);
                System.out.printf("%-16s | %7.2f | %10.2f | %6d | %s%n", service.module(), start.seconds(),
                        start.cpuSeconds(), rssMegabytes, start.seconds() <= readyTarget && rssMegabytes <= rssTarget ? "yes" : "no");
            }
            System.out.println("(ready s: from the JVM's start until /q/health/ready answered 200; CPU s: the CPU time"
                    + " it used until then, which a busy machine inflates less; both the median of the starts)");
            System.out.printf("load average at the end %s%n", loadAverage());
        }
    }

    /**
     * One start of a service: seconds from its JVM's start until {@code /q/health/ready} answered 200 (polled every
     * {@link #READY_POLL}), and the CPU seconds it used until then.
     */
    record Start(double seconds, double cpuSeconds) {

        static Start median(Start[] starts) {
            return new Start(Statistics.median(Arrays.stream(starts).mapToDouble(Start::seconds).toArray()),
                    Statistics.median(Arrays.stream(starts).mapToDouble(Start::cpuSeconds).toArray()));
        }

        @Override
        public String toString() {
            return String.format("%.2f s (CPU %.2f s)", seconds, cpuSeconds);
        }
    }

    private static Start untilReady(HttpClient client, ServiceProcess process) throws InterruptedException {
        Instant started = process.handle().info().startInstant().orElseThrow();
        HttpRequest ready = HttpRequest.newBuilder(process.readinessUrl()).timeout(Duration.ofSeconds(2)).build();
        Instant deadline = started.plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(process.exitSummary() + "; see " + process.logFile());
            }
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return new Start(Duration.between(started, Instant.now()).toMillis() / 1000.0,
                            cpuSeconds(process.handle().pid()));
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(READY_POLL.toMillis());
        }
        throw new IllegalStateException(process.service().module() + " was not ready within " + READY_TIMEOUT.toSeconds()
                + " s; see " + process.logFile());
    }

    /**
     * The CPU time (user and system, every thread) the process used so far: fields 14 and 15 of
     * {@code /proc/<pid>/stat}, in clock ticks of 1/100 s (Linux's USER_HZ).
     */
    private static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            // the fields after the command name, which is in parentheses and may contain spaces: field 3 first
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the CPU time of process " + pid, e);
        }
    }

    /** The process' resident set ({@code VmRSS} of {@code /proc/<pid>/status}), in kB. */
    private static long residentKilobytes(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> Long.parseLong(line.replaceAll("\\D", "")))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no VmRSS for process " + pid));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the status of process " + pid, e);
        }
    }

    /** The machine's 1, 5 and 15 minute load averages ({@code /proc/loadavg}). */
    private static String loadAverage() throws IOException {
        String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return fields[0] + " " + fields[1] + " " + fields[2];
    }
}
