package io.herald.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.LoggerFactory;

/**
 * {@code herald up}: starts the whole stack on fixed ports, prints where everything is, starts a service
 * again whenever it dies, and stops it all on Ctrl-C or SIGTERM. Exit codes: 2 for a usage error or a taken
 * port (nothing started), 1 when the stack did not start.
 */
public final class Launcher {

    private static final int USAGE_ERROR = 2;
    private static final int FAILURE = 1;

    private Launcher() {
    }

    public static void main(String[] args) {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(Arrays.asList(args), System.getenv(), Path.of("").toAbsolutePath(), repository());
        } catch (IllegalArgumentException e) {
            System.err.println("herald: " + e.getMessage() + "; see 'herald help'");
            System.exit(USAGE_ERROR);
            return;
        }
        if (options.command().equals(LaunchOptions.HELP)) {
            System.out.print(LaunchOptions.usage());
            return;
        }
        System.exit(up(options.config()));
    }

    /** Runs the stack until a signal stops it (the JVM then exits from the shutdown hook). */
    static int up(StackConfig config) {
        logQuietlyTo(config.logDirectory(), config.home());
        HeraldStack stack;
        try {
            stack = new HeraldStack(config);
        } catch (PortConflictException e) {
            System.err.println("herald: " + e.getMessage());
            return USAGE_ERROR;
        } catch (StackStartException e) {
            System.err.println("herald: " + e.getMessage());
            return FAILURE;
        }
        // Whoever sets this first (the shutdown hook or a failure here) reports and stops the stack.
        AtomicBoolean stopping = new AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (stopping.compareAndSet(false, true)) {
                System.out.println("herald: stopping...");
                stack.close();
                System.out.println("herald: stopped");
            }
        }, "herald-stop"));

        long startedAt = System.nanoTime();
        System.out.println("herald: starting Kafka, PostgreSQL and the services under " + config.home() + " ...");
        try {
            stack.start();
        } catch (StackStartException e) {
            if (stopping.compareAndSet(false, true)) {
                LoggerFactory.getLogger(Launcher.class).error("Herald stack did not start", e);
                System.err.println("herald: " + e.getMessage());
            }
            return FAILURE;
        }
        System.out.print(summary(stack, config, (System.nanoTime() - startedAt) / 1e9));
        System.out.flush();

        stack.superviseServices(System.out::println);
        try {
            // until a signal stops the JVM, which runs the shutdown hook
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private static String summary(HeraldStack stack, StackConfig config, double seconds) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%nHerald is up (%.1f s)%n", seconds));
        for (HeraldService service : HeraldService.values()) {
            String base = stack.baseUrl(service).toString();
            text.append(service.standIn()
                    ? String.format("  %-16s %s   WeChat's API as the channel sees it; drafts and articles as readers "
                            + "would: %s/%n", service.module(), base, base)
                    : String.format("  %-16s %s   ready: %s%s   OpenAPI: %s/q/openapi%n",
                            service.module(), base, base, ServiceProcess.READINESS_PATH, base));
        }
        text.append(String.format("%n  Console: %s/   (the operators' console: log in with the operator key below)%n%n",
                stack.baseUrl(HeraldService.CONSOLE)));
        text.append(String.format("  %-16s %s%n", "Kafka", stack.kafkaBootstrapServers()));
        for (HeraldService service : HeraldService.values()) {
            service.database().ifPresent(database -> text.append(String.format("  %-16s %s (user %s, no password)%n",
                    "PostgreSQL", stack.jdbcUrl(database), PostgresServer.USER)));
        }
        text.append(String.format("  %-16s %s  (catalog, render, wechat: curl -H 'Authorization: Bearer %s' %s/dead-letters)%n",
                "operator key", config.operatorKey(), config.operatorKey(), stack.baseUrl(HeraldService.CATALOG)));
        text.append(String.format("  %-16s %s%n", "traces", config.tracing().destination()));
        text.append(String.format("  %-16s %s%n", "logs", config.logDirectory()));
        text.append(String.format("  %-16s %s%n", "data", config.home()));
        text.append("Ctrl-C to stop.\n");
        return text.toString();
    }

    /**
     * Kafka and PostgreSQL log through slf4j-simple into {@code devstack.log}, so the console shows only
     * Herald's own lines. Must run before the first logger is created; initialises slf4j at once, before
     * Kafka and PostgreSQL start logging from two threads.
     */
    private static void logQuietlyTo(Path logDirectory, Path home) {
        try {
            Files.createDirectories(logDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + logDirectory, e);
        }
        System.setProperty("org.slf4j.simpleLogger.logFile", logDirectory.resolve("devstack.log").toString());
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd HH:mm:ss.SSS");
        LoggerFactory.getLogger(Launcher.class).info("Herald stack starting under {}", home);
    }

    /** The checkout this launcher was built in: {@code <repo>/devstack/target/<jar or classes>}. */
    private static Path repository() {
        try {
            Path location = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return location.getParent().getParent().getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the launcher's jar", e);
        }
    }
}
