package io.herald.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.herald.devstack.HeraldService;

/**
 * Two ingest instances receive every request (the same Idempotency-Key where there is one) and the same signed
 * Superdesk push: each event has one effect downstream, one catalog revision, one rendition and one
 * articles.rendered record per article revision.
 */
class IngestPairIT {

    private static final String SCENARIO = "ingest-pair";

    @Test
    void theSameRequestToTwoInstancesHasOneEffect() throws Exception {
        try (FaultStack stack = FaultStack.start(SCENARIO, 1, Map.of(HeraldService.INGEST, 2))) {
            LoadGenerator load = new LoadGenerator(stack.ingestUrls(), stack.kafka().bootstrapServers(), SCENARIO, Scenarios.PAUSE);
            LoadRun run = LoadRun.start(load, Scenarios.ARTICLES);
            SuperdeskPush push = new SuperdeskPush("urn:newsml:faults.example:" + UUID.randomUUID(), 3);
            for (URI ingest : stack.ingestUrls()) {
                assertEquals(202, push.sendTo(ingest), "each instance accepts Superdesk's push once");
            }
            Acknowledged acknowledged = run.join();
            acknowledged.acknowledged(push.articleId(), push.revision(), false);
            Instant sent = Instant.now();

            Figures figures = Scenarios.finish(SCENARIO, stack, load, run, sent);
            assertEquals(0, figures.duplicates(), "one catalog revision and one rendition per article revision");
            assertEquals(0, new PipelineCheck(stack).repeatedRenderedRecords(),
                    "one articles.rendered record per article revision");
        }
    }
}
