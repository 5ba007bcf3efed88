package io.herald.wechat.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.herald.wechat.RenderedTopic;
import io.herald.wechat.WechatServiceTest;
import io.herald.wechat.WireMockWechat;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The instance's delivery workers advance deliveries side by side, each delivery by one worker at a time: WeChat's
 * {@code draft/add} answers slowly here, so that workers' turns overlap.
 */
@QuarkusTest
@RealBrokerAndDatabase
@WithTestResource(WireMockWechat.class)
class DeliveryWorkersTest extends WechatServiceTest {

    private static final String DRAFT_ADD = "/cgi-bin/draft/add";
    private static final int ARTICLES = 40;
    private static final Duration SLOW_ADD = Duration.ofMillis(200);
    /** Several times the interval at which idle workers look for due deliveries. */
    private static final Duration VERY_SLOW_ADD = Duration.ofSeconds(3);

    @ConfigProperty(name = "herald.wechat.delivery.workers")
    int workers;

    @Test
    void manyArticlesAreDeliveredOnceEachByWorkersAdvancingSeveralAtOnce() {
        String batch = newArticleId("workers");
        wechat.stubFor(slowDraftAdd(batch, SLOW_ADD));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            String id = batch + "-" + i;
            ids.add(id);
            topic.announce(RenderedTopic.published(id, 1, "<p>正文" + i + "</p>", null));
        }

        for (String id : ids) {
            awaitState(id, NEWSROOM, "drafted");
            awaitState(id, DAILY, "published");
        }

        for (String id : ids) {
            for (String account : new String[] {NEWSROOM, DAILY}) {
                wechat.verify(1, postRequestedFor(urlPathEqualTo(DRAFT_ADD)).withRequestBody(containing(id + "\""))
                        .withQueryParam("access_token", equalTo("TOKEN-" + account)));
            }
            wechat.verify(1, postRequestedFor(urlPathEqualTo("/cgi-bin/freepublish/submit"))
                    .withRequestBody(containing(id + "\"")));
        }
        int atOnce = mostAtOnce(wechat.findAll(postRequestedFor(urlPathEqualTo(DRAFT_ADD))
                .withRequestBody(containing(batch))), SLOW_ADD);
        assertTrue(atOnce > 1, "several workers called draft/add at once: " + atOnce);
        assertTrue(atOnce <= workers, "at most herald.wechat.delivery.workers (" + workers + ") at once: " + atOnce);
    }

    @Test
    void aDeliveryIsAdvancedByOneWorkerWhileTheIdleOnesLookForWork() {
        String id = newArticleId("one-worker");
        wechat.stubFor(slowDraftAdd(id + "\"", VERY_SLOW_ADD));
        topic.announce(RenderedTopic.published(id, 1, "<p>正文</p>", null));

        awaitState(id, NEWSROOM, "drafted");
        awaitState(id, DAILY, "published");

        for (String account : new String[] {NEWSROOM, DAILY}) {
            wechat.verify(1, postRequestedFor(urlPathEqualTo(DRAFT_ADD)).withRequestBody(containing(id + "\""))
                    .withQueryParam("access_token", equalTo("TOKEN-" + account)));
        }
    }

    /** {@code draft/add} of requests containing {@code text}, answered as by default but after {@code delay}. */
    private static MappingBuilder slowDraftAdd(String text, Duration delay) {
        return post(urlPathEqualTo(DRAFT_ADD)).atPriority(TEST_STUB).withRequestBody(containing(text))
                .willReturn(draftAdded().withFixedDelay((int) delay.toMillis()));
    }

    /**
     * The most calls that were waiting for their answer at one moment, each for at least {@code answeredAfter} from
     * when WireMock received it: a worker waits for its answer before it calls again, so this counts workers.
     */
    private static int mostAtOnce(List<LoggedRequest> calls, Duration answeredAfter) {
        int most = 0;
        for (LoggedRequest call : calls) {
            long at = call.getLoggedDate().getTime();
            int waiting = (int) calls.stream().map(other -> other.getLoggedDate().getTime())
                    .filter(received -> received <= at && at < received + answeredAfter.toMillis()).count();
            most = Math.max(most, waiting);
        }
        return most;
    }
}
