package io.herald.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What a {@link HeraldStack} runs and where: its home directory (data and logs), the repository whose
 * service jars it starts, every port (0 = any free port) and how long services may take to get ready.
 */
public record StackConfig(Path home, Path repository, Map<StackPort, Integer> ports, Duration readyTimeout) {

    public static final Duration DEFAULT_READY_TIMEOUT = Duration.ofSeconds(120);

    public StackConfig {
        home = home.toAbsolutePath().normalize();
        repository = repository.toAbsolutePath().normalize();
        EnumMap<StackPort, Integer> complete = new EnumMap<>(StackPort.class);
        for (StackPort port : StackPort.values()) {
            complete.put(port, ports.getOrDefault(port, port.defaultPort()));
        }
        ports = Collections.unmodifiableMap(complete);
    }

    /** The launcher's defaults: Kafka 9092, PostgreSQL 5432, services 8081–8083. */
    public static StackConfig withDefaultPorts(Path home, Path repository) {
        return new StackConfig(home, repository, Map.of(), DEFAULT_READY_TIMEOUT);
    }

    /** Every port free and chosen at start, so the stack never collides with another (tests). */
    public static StackConfig onFreePorts(Path home, Path repository) {
        EnumMap<StackPort, Integer> any = new EnumMap<>(StackPort.class);
        for (StackPort port : StackPort.values()) {
            any.put(port, 0);
        }
        return new StackConfig(home, repository, any, DEFAULT_READY_TIMEOUT);
    }

    public StackConfig withPort(StackPort port, int number) {
        EnumMap<StackPort, Integer> changed = new EnumMap<>(ports);
        changed.put(port, number);
        return new StackConfig(home, repository, changed, readyTimeout);
    }

    public StackConfig withReadyTimeout(Duration timeout) {
        return new StackConfig(home, repository, ports, timeout);
    }

    public int port(StackPort port) {
        return ports.get(port);
    }

    public Path serviceJar(HeraldService service) {
        return repository.resolve(service.module()).resolve("target/quarkus-app/quarkus-run.jar");
    }

    public Path kafkaDirectory() {
        return home.resolve("kafka");
    }

    public Path postgresDirectory() {
        return home.resolve("postgres");
    }

    /** Where the PostgreSQL binaries are unpacked, once per home. */
    public Path postgresBinariesDirectory() {
        return home.resolve("postgres-binaries");
    }

    public Path logDirectory() {
        return home.resolve("logs");
    }
}
