package io.herald.faults;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.herald.devstack.HeraldService;

/** Catalog and render, each its built jar, are killed with SIGKILL while they consume, then started again. */
class ServiceKillIT {

    private static final String SCENARIO = "service-kill";

    @Test
    void everyAcknowledgedArticleArrivesAfterConsumersAreKilledMidBatch() throws Exception {
        try (FaultStack stack = FaultStack.start(SCENARIO, 1, Map.of())) {
            LoadGenerator load = new LoadGenerator(stack.ingestUrls(), stack.kafka().bootstrapServers(), SCENARIO, Scenarios.PAUSE);
            LoadRun run = LoadRun.start(load, Scenarios.ARTICLES);
            run.awaitAcknowledgements(Scenarios.FAULT_AFTER, Scenarios.LOAD_TIMEOUT);
            List<ServiceInstance> consumers = List.of(stack.instances(HeraldService.CATALOG).get(0),
                    stack.instances(HeraldService.RENDER).get(0));
            consumers.forEach(ServiceInstance::kill);
            consumers.forEach(ServiceInstance::start);
            Instant restarted = Instant.now();
            for (ServiceInstance consumer : consumers) {
                consumer.awaitReady(FaultStack.READY_TIMEOUT);
            }
            Scenarios.finish(SCENARIO, stack, load, run, restarted);
        }
    }
}
