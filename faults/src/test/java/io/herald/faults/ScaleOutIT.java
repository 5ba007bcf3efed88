package io.herald.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.herald.devstack.HeraldService;

/**
 * Three instances each of catalog and render in their consumer groups; mid-stream a fourth of each joins and
 * one of each is killed. articles.rendered keeps each article's revisions in order, and only one outbox relay
 * sends at a time.
 */
class ScaleOutIT {

    private static final String SCENARIO = "scale-out";

    @Test
    void groupsRebalanceWithoutLosingOrReorderingArticles() throws Exception {
        try (FaultStack stack = FaultStack.start(SCENARIO, 1, Map.of(HeraldService.CATALOG, 3, HeraldService.RENDER, 3));
             RelayLockSampler relays = new RelayLockSampler(stack.database())) {
            LoadGenerator load = new LoadGenerator(stack.ingestUrls(), stack.kafka().bootstrapServers(), SCENARIO, Scenarios.PAUSE);
            LoadRun run = LoadRun.start(load, Scenarios.ARTICLES);
            run.awaitAcknowledgements(Scenarios.FAULT_AFTER, Scenarios.LOAD_TIMEOUT);
            List<ServiceInstance> joining = List.of(stack.launch(HeraldService.CATALOG), stack.launch(HeraldService.RENDER));
            stack.instances(HeraldService.CATALOG).get(0).kill();
            stack.instances(HeraldService.RENDER).get(0).kill();
            for (ServiceInstance instance : joining) {
                instance.awaitReady(FaultStack.READY_TIMEOUT);
            }
            Instant joined = Instant.now();

            Figures figures = Scenarios.finish(SCENARIO, stack, load, run, joined);
            relays.close();
            System.out.println("fault " + SCENARIO + ": relays sending at once at most " + relays.mostAtOnce()
                    + " (in " + relays.samplesHeld() + " samples a relay was sending)");
            assertEquals(0, figures.disordered(), "articles.rendered keeps each article's revisions in order");
            assertTrue(relays.samplesHeld() > 0, "the sampler saw the relays' lock (OutboxRepository.RELAY_LOCK)");
            assertTrue(relays.mostAtOnce() <= 1, "one outbox relay sends at a time");
        }
    }
}
