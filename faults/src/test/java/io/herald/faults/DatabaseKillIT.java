package io.herald.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL's postmaster is killed mid-stream and started again on the same data and port: every service's
 * readiness goes DOWN, then UP again without the service being restarted, and nothing acknowledged is lost.
 */
class DatabaseKillIT {

    private static final String SCENARIO = "database-kill";
    private static final Duration DOWN = Duration.ofSeconds(5);
    private static final Duration READINESS_TIMEOUT = Duration.ofSeconds(60);

    @Test
    void servicesReportTheOutageAndRecoverWithoutRestart() throws Exception {
        try (FaultStack stack = FaultStack.start(SCENARIO, 1, Map.of())) {
            List<ServiceInstance> services = stack.allInstances();
            Map<ServiceInstance, Long> pids = services.stream()
                    .collect(Collectors.toMap(instance -> instance, ServiceInstance::pid));
            LoadGenerator load = new LoadGenerator(stack.ingestUrls(), stack.kafka().bootstrapServers(), SCENARIO, Scenarios.PAUSE);
            LoadRun run = LoadRun.start(load, Scenarios.ARTICLES);
            run.awaitAcknowledgements(Scenarios.FAULT_AFTER, Scenarios.LOAD_TIMEOUT);

            stack.database().kill();
            awaitEvery(services, instance -> instance.readinessStatus() == 503, "DOWN (503)");
            Thread.sleep(DOWN.toMillis());
            stack.database().restart();
            Instant restarted = Instant.now();
            awaitEvery(services, ServiceInstance::isReady, "UP (200) again");

            for (ServiceInstance instance : services) {
                assertTrue(instance.isAlive(), instance.name() + " is still running");
                assertEquals(pids.get(instance), instance.pid(), instance.name() + " was not restarted");
            }
            Scenarios.finish(SCENARIO, stack, load, run, restarted);
        }
    }

    private static void awaitEvery(List<ServiceInstance> services, Predicate<ServiceInstance> state, String described) {
        Awaitility.await("every service's readiness " + described).atMost(READINESS_TIMEOUT)
                .until(() -> services.stream().allMatch(state));
    }
}
