package io.herald.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

    private static final Path WORKING_DIRECTORY = Path.of("/checkout");
    private static final Path REPOSITORY = Path.of("/checkout");

    @Test
    void defaultsToTheDesignPortsAndAHomeInTheWorkingDirectory() {
        StackConfig config = parse(List.of("up"), Map.of()).config();

        assertEquals(Path.of("/checkout/.herald"), config.home());
        assertEquals(9092, config.port(StackPort.KAFKA));
        assertEquals(5432, config.port(StackPort.POSTGRES));
        assertEquals(8081, config.port(StackPort.INGEST));
        assertEquals(8082, config.port(StackPort.CATALOG));
        assertEquals(8083, config.port(StackPort.RENDER));
        assertEquals(StackConfig.DEFAULT_READY_TIMEOUT, config.readyTimeout());
        assertEquals("127.0.0.1", config.bindAddress());
        assertEquals("operator:operator-key", config.operatorKeys());
    }

    @Test
    void bindsWhereTheFlagOrVariableSaysAndTakesTheOperatorKeyFromTheEnvironment() {
        assertEquals("0.0.0.0", parse(List.of("up", "--bind", "0.0.0.0"), Map.of("HERALD_BIND", "::1")).config().bindAddress());
        StackConfig config = parse(List.of("up"), Map.of("HERALD_BIND", "::1", "HERALD_OPERATOR_KEY", "s3cret")).config();

        assertEquals("::1", config.bindAddress());
        assertEquals("[::1]", config.clientHost());
        assertEquals("operator:s3cret", config.operatorKeys());
    }

    @Test
    void rejectsABindAddressThatIsNoIpAddress() {
        assertEquals("--bind (or HERALD_BIND) must be an IP address such as 127.0.0.1 or 0.0.0.0, not 'example.org'",
                assertThrows(IllegalArgumentException.class, () -> parse(List.of("up", "--bind=example.org"), Map.of())).getMessage());
        assertThrows(IllegalArgumentException.class, () -> parse(List.of("up", "--bind=127.0.0.256"), Map.of()));
    }

    @Test
    void aFlagWinsOverItsEnvironmentVariable() {
        StackConfig config = parse(List.of("up", "--kafka-port=19092", "--home", "data", "--ready-timeout=30"),
                Map.of("HERALD_KAFKA_PORT", "29092", "HERALD_RENDER_PORT", "18083", "HERALD_HOME", "/elsewhere")).config();

        assertEquals(19092, config.port(StackPort.KAFKA));
        assertEquals(18083, config.port(StackPort.RENDER));
        assertEquals(Path.of("/checkout/data"), config.home());
        assertEquals(Duration.ofSeconds(30), config.readyTimeout());
    }

    @Test
    void rejectsUnknownOptionsAndBadNumbers() {
        assertEquals("unknown option --kafka",
                assertThrows(IllegalArgumentException.class, () -> parse(List.of("up", "--kafka=1"), Map.of())).getMessage());
        assertEquals("--postgres-port (or HERALD_POSTGRES_PORT) must be a number from 0 to 65535, not 'x'",
                assertThrows(IllegalArgumentException.class, () -> parse(List.of("up"), Map.of("HERALD_POSTGRES_PORT", "x"))).getMessage());
    }

    @Test
    void spansGoNowhereUnlessTheFlagOrVariableSaysWhere() {
        assertEquals(StackTracing.NONE, parse(List.of("up"), Map.of()).config().tracing());
        assertEquals(StackTracing.LOG, parse(List.of("up"), Map.of("HERALD_TRACING", "log")).config().tracing());
        assertEquals(StackTracing.OTLP,
                parse(List.of("up", "--tracing=otlp"), Map.of("HERALD_TRACING", "log")).config().tracing());
        assertEquals("--tracing (or HERALD_TRACING) must be one of none, log, otlp, not 'jaeger'",
                assertThrows(IllegalArgumentException.class,
                        () -> parse(List.of("up"), Map.of("HERALD_TRACING", "jaeger"))).getMessage());
    }

    @Test
    void helpNeedsNoStack() {
        assertEquals(LaunchOptions.HELP, parse(List.of(), Map.of()).command());
        assertEquals(LaunchOptions.HELP, parse(List.of("up", "--help"), Map.of()).command());
    }

    private static LaunchOptions parse(List<String> args, Map<String, String> environment) {
        return LaunchOptions.parse(args, environment, WORKING_DIRECTORY, REPOSITORY);
    }
}
