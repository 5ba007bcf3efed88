package io.herald.wechat.delivery;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.herald.wechat.config.WechatConfig;
import io.herald.wechat.store.Delivery;
import io.herald.wechat.store.DeliveryRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Every {@code herald.wechat.delivery.interval}, leases the due deliveries one at a time and advances each. A lease
 * keeps other instances off a delivery while this one calls WeChat for it; a crash leaves it to expire.
 */
@ApplicationScoped
public class DeliveryWorker {

    /** The most deliveries one run advances, so that a run ends even while work keeps arriving. */
    private static final int MOST_PER_RUN = 100;

    private final DeliveryRepository deliveries;
    private final ArticleDelivery delivery;
    private final WechatConfig config;

    DeliveryWorker(DeliveryRepository deliveries, ArticleDelivery delivery, WechatConfig config) {
        this.deliveries = deliveries;
        this.delivery = delivery;
        this.config = config;
    }

    @Scheduled(every = "${herald.wechat.delivery.interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        for (int i = 0; i < MOST_PER_RUN; i++) {
            Optional<Delivery.Key> due = QuarkusTransaction.requiringNew()
                    .call(() -> deliveries.lease(config.delivery().lease()));
            if (due.isEmpty()) {
                return;
            }
            delivery.advance(due.get());
        }
    }
}
