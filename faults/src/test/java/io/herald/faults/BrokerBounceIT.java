package io.herald.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.herald.events.EventContract;

/**
 * Three brokers, topics replicated three times with {@code min.insync.replicas} 2: the broker leading
 * {@code articles.submitted} is shut down mid-stream and started again on its port.
 */
class BrokerBounceIT {

    private static final String SCENARIO = "broker-bounce";
    private static final Duration DOWN = Duration.ofSeconds(5);

    @Test
    void everyAcknowledgedArticleArrivesWhileTheLeaderBounces() throws Exception {
        try (FaultStack stack = FaultStack.start(SCENARIO, 3, Map.of())) {
            LoadGenerator load = new LoadGenerator(stack.ingestUrls(), stack.kafka().bootstrapServers(), SCENARIO, Scenarios.PAUSE);
            LoadRun run = LoadRun.start(load, Scenarios.ARTICLES);
            run.awaitAcknowledgements(Scenarios.FAULT_AFTER, Scenarios.LOAD_TIMEOUT);
            stack.kafka().bounce(stack.kafka().leaderOf(EventContract.ARTICLES_SUBMITTED), DOWN);
            Instant restored = Instant.now();
            Scenarios.finish(SCENARIO, stack, load, run, restored);
        }
    }
}
