package io.herald.faults;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.herald.devstack.HeraldService;

/**
 * The WeChat channel delivering to the sandbox's account (policy draft) while wechat-service is killed with SIGKILL
 * twice, each time between a {@code draft/add} and storing its media id, and WeChat answers -1 (busy) to a run of
 * calls: every published article ends as exactly one draft, shown as drafted; killed articles are withdrawn. The
 * article of the second interrupted add is killed while the service is down and its delivery stays leased (as with
 * the default five-minute lease) until the kill is recorded, so that the kill, not a new attempt, meets the add
 * nobody knows the outcome of: its draft must be found and deleted, not left behind.
 */
class WechatChannelKillIT {

    private static final String SCENARIO = "wechat-kill";
    /** A few hundred articles: one draft/add each, well within the sandbox's 1,000 a day per account. */
    private static final int ARTICLES = 400;
    /** Drafted articles before each kill: deliveries are under way. */
    private static final int FIRST_KILL_AFTER = 50;
    private static final int SECOND_KILL_AFTER = 150;
    /** WeChat calls that answer -1 once the service is back from the first kill, when its backlog is largest. */
    private static final int BUSY_CALLS = 30;
    private static final Duration ADD_IN_FLIGHT_TIMEOUT = Duration.ofSeconds(60);

    @Test
    void everyPublishedArticleIsOneDraftAfterKillsBetweenAddAndCommit() throws Exception {
        try (FaultStack stack = FaultStack.start(SCENARIO, 1, FaultStack.WITH_WECHAT, Map.of())) {
            WechatSandbox sandbox = new WechatSandbox(stack.instances(HeraldService.WECHAT_SANDBOX).get(0).baseUrl());
            ServiceInstance wechat = stack.instances(HeraldService.WECHAT).get(0);
            WechatCheck check = new WechatCheck(stack, sandbox);
            LoadGenerator load = new LoadGenerator(stack.ingestUrls(), stack.kafka().bootstrapServers(), SCENARIO, Scenarios.PAUSE);
            LoadRun run = LoadRun.start(load, ARTICLES);
            List<InterruptedDraftAdd> interruptions = new ArrayList<>();

            check.awaitDrafted(FIRST_KILL_AFTER, Scenarios.LOAD_TIMEOUT);
            interruptions.add(InterruptedDraftAdd.inject(stack.database(), wechat, sandbox, interruptions,
                    ADD_IN_FLIGHT_TIMEOUT));
            wechat.start().awaitReady(FaultStack.READY_TIMEOUT);
            sandbox.busyFor(BUSY_CALLS);

            check.awaitDrafted(SECOND_KILL_AFTER, Scenarios.RECOVERY_TIMEOUT);
            interruptions.add(InterruptedDraftAdd.inject(stack.database(), wechat, sandbox, interruptions,
                    ADD_IN_FLIGHT_TIMEOUT));
            String killedDuringAdd = interruptions.get(1).articleId();
            check.leaseFor(killedDuringAdd, Scenarios.RECOVERY_TIMEOUT);
            load.kill(killedDuringAdd);
            wechat.start();
            Instant restarted = Instant.now();
            wechat.awaitReady(FaultStack.READY_TIMEOUT);
            check.awaitWithdrawalWanted(killedDuringAdd, Scenarios.RECOVERY_TIMEOUT);
            check.leaseFor(killedDuringAdd, Duration.ZERO);

            Scenarios.finish(SCENARIO, stack, load, run, restarted, ARTICLES);
            WechatFigures figures = check.awaitSettled(SCENARIO, load.acknowledged(), interruptions, restarted,
                    Scenarios.RECOVERY_TIMEOUT);
            System.out.println(figures.line());
            System.out.println("fault " + SCENARIO + ": interrupted adds " + interruptions);
            assertAll(
                    () -> assertEquals(figures.acked(), figures.published() + figures.withdrawn(),
                            "every acknowledged article is drafted or, killed, withdrawn: " + figures.line()),
                    () -> assertEquals(figures.published(), figures.drafted(), figures.line()),
                    () -> assertEquals(0, figures.missing(), figures.line()),
                    () -> assertEquals(0, figures.duplicates(), figures.line()),
                    () -> assertEquals(0, figures.stale(), figures.line()),
                    () -> assertEquals(0, figures.strayDrafts(), figures.line()),
                    () -> assertEquals(0, figures.failed(), figures.line()),
                    () -> assertTrue(interruptions.stream().anyMatch(add -> add.answered() && add.reachedWechat()),
                            "a kill landed after a draft reached WeChat and before its media id was stored: " + interruptions),
                    () -> assertEquals(0, figures.busyLeft(), "WeChat's busy answers went to the channel's calls"),
                    () -> assertTrue(figures.retried() > 0, "the channel tried the busy answers again: " + figures.line()));
        }
    }
}
