package io.herald.wechat.metrics;

import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerInterceptor;

import io.herald.service.metrics.ConsumerMetrics;
import io.herald.service.metrics.DeadLetterCount;
import io.herald.wechat.config.WechatConfig;
import io.herald.wechat.store.Delivery;
import io.herald.wechat.store.DeliveryState;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Identifier;

/**
 * What the WeChat channel counts, each once stored: {@value #PUBLISHED} ({@code herald_wechat_published_total}) by
 * {@code account} and {@code state}: {@code drafted} when a turn left a new revision in the account's draft box (the
 * {@code draft} policy), {@code published} when WeChat published the article (the {@code publish} policy);
 * {@value #FAILED} ({@code herald_wechat_failed_total}) by {@code account} when a turn gave the article up on the
 * account (refused, not publishable, attempts spent); and, as every consumer, the event age and the dead letters
 * ({@link ConsumerMetrics}, consumer {@value #CONSUMER}), the latter on the dead-letter producer
 * ({@value #DEAD_LETTER_COUNT}). Every configured account's series exist from the start.
 */
@ApplicationScoped
public class WechatMetrics {

    /** The consumer's name in {@link ConsumerMetrics}: its consumer group. */
    public static final String CONSUMER = "wechat";
    /** Articles that reached an account's draft box or its readers. */
    public static final String PUBLISHED = "herald.wechat.published";
    /** Articles an account gave up. */
    public static final String FAILED = "herald.wechat.failed";
    /** The dead-letter producer's interceptor bean ({@code dead-letter-queue.interceptor-bean}). */
    public static final String DEAD_LETTER_COUNT = "wechat-dead-letter-count";

    private final MeterRegistry registry;
    private final ConsumerMetrics consumer;

    WechatMetrics(MeterRegistry registry, WechatConfig config) {
        this.registry = registry;
        this.consumer = new ConsumerMetrics(registry, CONSUMER);
        config.accounts().keySet().forEach(account -> {
            published(account, DeliveryState.DRAFTED);
            published(account, DeliveryState.PUBLISHED);
            failed(account);
        });
    }

    /** The transaction that recorded {@code record}'s event for the accounts committed. */
    public void consumed(ConsumerRecord<?, ?> record) {
        consumer.applied(record);
    }

    /**
     * A turn of {@code delivery} that began as {@code start} is stored; {@code nothingLeft}: it is not due again
     * unless something changes (a new revision, an operator's retry).
     */
    public void turnStored(TurnStart start, Delivery delivery, boolean nothingLeft) {
        if (delivery.state == DeliveryState.DRAFTED
                && !Objects.equals(start.draftedRevision(), delivery.draftedRevision)) {
            published(delivery.account, DeliveryState.DRAFTED).increment();
        } else if (delivery.state == DeliveryState.PUBLISHED && start.wechatArticleId() == null
                && delivery.wechatArticleId != null) {
            published(delivery.account, DeliveryState.PUBLISHED).increment();
        } else if (delivery.state == DeliveryState.FAILED && nothingLeft) {
            failed(delivery.account).increment();
        }
    }

    /** Counts the dead letters Kafka acknowledged: the dead-letter producer's interceptor. */
    @Produces
    @Singleton
    @Identifier(DEAD_LETTER_COUNT)
    ProducerInterceptor<Object, Object> deadLetterCount() {
        return new DeadLetterCount(consumer);
    }

    /** The registry's counter, registered on first use. */
    private Counter published(String account, DeliveryState state) {
        return Counter.builder(PUBLISHED)
                .description("Articles that reached an account's draft box (drafted) or its readers (published)")
                .tag("account", account).tag("state", state.label()).register(registry);
    }

    private Counter failed(String account) {
        return Counter.builder(FAILED)
                .description("Articles an account gave up: refused by WeChat, not publishable, or attempts spent")
                .tag("account", account).register(registry);
    }
}
