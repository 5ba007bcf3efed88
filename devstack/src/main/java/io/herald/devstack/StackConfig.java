package io.herald.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What a {@link HeraldStack} runs and where: its home directory (data and logs), the repository whose
 * service jars it starts, every port (0 = any free port), how long services may take to get ready, the
 * address everything listens on, the operator key the services accept and where their spans go.
 *
 * @param bindAddress an IP address: {@code 127.0.0.1} (only this machine), {@code 0.0.0.0} (every interface)
 *                    or one interface's address
 * @param operatorKey the Bearer key of operator {@code operator} on the services' operator endpoints and the WeChat
 *                    sandbox's switches
 * @param tracing     where the services' spans go
 */
public record StackConfig(Path home, Path repository, Map<StackPort, Integer> ports, Duration readyTimeout,
                          String bindAddress, String operatorKey, StackTracing tracing) {

    public static final Duration DEFAULT_READY_TIMEOUT = Duration.ofSeconds(120);
    public static final String DEFAULT_BIND_ADDRESS = "127.0.0.1";
    public static final String DEFAULT_OPERATOR_KEY = "operator-key";
    /** The name the services log operator actions under. */
    public static final String OPERATOR_NAME = "operator";

    public StackConfig {
        home = home.toAbsolutePath().normalize();
        repository = repository.toAbsolutePath().normalize();
        EnumMap<StackPort, Integer> complete = new EnumMap<>(StackPort.class);
        for (StackPort port : StackPort.values()) {
            complete.put(port, ports.getOrDefault(port, port.defaultPort()));
        }
        ports = Collections.unmodifiableMap(complete);
    }

    /** The launcher's defaults: Kafka 9092, PostgreSQL 5432, services 8081–8083, all on 127.0.0.1. */
    public static StackConfig withDefaultPorts(Path home, Path repository) {
        return new StackConfig(home, repository, Map.of(), DEFAULT_READY_TIMEOUT, DEFAULT_BIND_ADDRESS, DEFAULT_OPERATOR_KEY,
                StackTracing.NONE);
    }

    /** Every port free and chosen at start, so the stack never collides with another (tests). */
    public static StackConfig onFreePorts(Path home, Path repository) {
        EnumMap<StackPort, Integer> any = new EnumMap<>(StackPort.class);
        for (StackPort port : StackPort.values()) {
            any.put(port, 0);
        }
        return new StackConfig(home, repository, any, DEFAULT_READY_TIMEOUT, DEFAULT_BIND_ADDRESS, DEFAULT_OPERATOR_KEY,
                StackTracing.NONE);
    }

    public StackConfig withPort(StackPort port, int number) {
        EnumMap<StackPort, Integer> changed = new EnumMap<>(ports);
        changed.put(port, number);
        return new StackConfig(home, repository, changed, readyTimeout, bindAddress, operatorKey, tracing);
    }

    public StackConfig withReadyTimeout(Duration timeout) {
        return new StackConfig(home, repository, ports, timeout, bindAddress, operatorKey, tracing);
    }

    public StackConfig withBindAddress(String address) {
        return new StackConfig(home, repository, ports, readyTimeout, address, operatorKey, tracing);
    }

    public StackConfig withOperatorKey(String key) {
        return new StackConfig(home, repository, ports, readyTimeout, bindAddress, key, tracing);
    }

    public StackConfig withTracing(StackTracing where) {
        return new StackConfig(home, repository, ports, readyTimeout, bindAddress, operatorKey, where);
    }

    public int port(StackPort port) {
        return ports.get(port);
    }

    /** What the services get as {@code HERALD_OPERATOR_KEYS}: comma-separated {@code name:key}. */
    public String operatorKeys() {
        return OPERATOR_NAME + ":" + operatorKey;
    }

    /**
     * The host clients on this machine use to reach what listens on {@link #bindAddress()}: the address itself
     * ({@code [...]} for IPv6), or {@code localhost} when the address is a wildcard.
     */
    public String clientHost() {
        return ListenAddress.clientHost(bindAddress);
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

    /** Where the WeChat sandbox keeps its images, drafts and published articles across restarts. */
    public Path wechatSandboxDirectory() {
        return home.resolve("wechat-sandbox");
    }

    /** Where the PostgreSQL binaries are unpacked, once per home. */
    public Path postgresBinariesDirectory() {
        return home.resolve("postgres-binaries");
    }

    public Path logDirectory() {
        return home.resolve("logs");
    }

    /** Where the launcher records the pids of the services it runs, to stop them if it was killed. */
    public Path pidDirectory() {
        return home.resolve("run");
    }
}
