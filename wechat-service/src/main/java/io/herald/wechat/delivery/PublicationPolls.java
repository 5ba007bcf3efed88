package io.herald.wechat.delivery;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.herald.wechat.config.WechatConfig;
import io.herald.wechat.store.Delivery;

/**
 * When to ask WeChat again about a publication under way: after {@code herald.wechat.retry.publish-poll}, doubling
 * with each look ({@link Delivery#polls}) up to {@code max-backoff}.
 */
@ApplicationScoped
class PublicationPolls {

    private final Backoff backoff;
    private final Clock clock = Clock.systemUTC();

    PublicationPolls(WechatConfig config) {
        this.backoff = new Backoff(config.retry().publishPoll(), config.retry().maxBackoff());
    }

    /** The first look, after a submit. */
    Instant first() {
        return clock.instant().plus(backoff.after(1));
    }

    /** The next look, counted. */
    Instant next(Delivery delivery) {
        delivery.polls++;
        return clock.instant().plus(backoff.after(delivery.polls + 1));
    }
}
