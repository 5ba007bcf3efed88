package io.herald.wechat.delivery;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.herald.wechat.config.WechatConfig;
import io.herald.wechat.store.Delivery;
import io.herald.wechat.store.DeliveryRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;

/**
 * The instance's {@code herald.wechat.delivery.workers} delivery workers, each on its own thread: a worker leases a
 * due delivery, advances it, and leases the next, until nothing is due; every {@code herald.wechat.delivery.interval}
 * the idle ones start again. A lease keeps every other worker, of this instance or another, off a delivery while one
 * calls WeChat for it; a crash leaves it to expire. On shutdown the workers lease nothing more and the instance waits
 * up to {@code herald.wechat.delivery.shutdown-wait} for the turns under way; one still running then is left to its
 * lease.
 */
@Startup
@ApplicationScoped
public class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);

    private final DeliveryRepository deliveries;
    private final ArticleDelivery delivery;
    private final WechatConfig.Delivery config;
    private final Semaphore idleWorkers;
    private final ExecutorService threads;
    private volatile boolean stopping;

    DeliveryWorker(DeliveryRepository deliveries, ArticleDelivery delivery, WechatConfig config) {
        this.deliveries = deliveries;
        this.delivery = delivery;
        this.config = config.delivery();
        int workers = this.config.workers();
        if (workers < 1) {
            throw new IllegalArgumentException("herald.wechat.delivery.workers must be at least 1, not " + workers);
        }
        this.idleWorkers = new Semaphore(workers);
        this.threads = Executors.newFixedThreadPool(workers, named("wechat-delivery-"));
    }

    @Scheduled(every = "${herald.wechat.delivery.interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void startIdleWorkers() {
        while (!stopping && idleWorkers.tryAcquire()) {
            try {
                threads.execute(this::advanceWhileDue);
            } catch (RejectedExecutionException e) {
                idleWorkers.release();
                return;
            }
        }
    }

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
        threads.shutdown();
        try {
            if (!threads.awaitTermination(config.shutdownWait().toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warnf("WeChat delivery turns still under way after %s are left to their lease (%s)",
                        config.shutdownWait(), config.lease());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void advanceWhileDue() {
        try {
            Duration lease = config.lease();
            while (!stopping) {
                Optional<Delivery> due = QuarkusTransaction.requiringNew().call(() -> deliveries.lease(lease));
                if (due.isEmpty()) {
                    return;
                }
                delivery.advance(due.get());
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "A WeChat delivery worker stopped; it starts again within %s", config.interval());
        } finally {
            idleWorkers.release();
        }
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
