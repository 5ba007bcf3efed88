package io.herald.wechat.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import io.herald.wechat.config.WechatConfig;
import io.herald.wechat.store.Delivery;

/**
 * When to ask WeChat again about a publication under way: after {@code herald.wechat.retry.publish-poll}, doubling
 * with each look ({@link Delivery#polls}) up to {@code max-backoff}; and when to stop asking: a publication WeChat
 * still answers 1 (publishing) for {@code publish-timeout} after its submit (or after an operator's retry) fails the
 * article.
 */
@ApplicationScoped
class PublicationPolls {

    private final Backoff backoff;
    private final Duration timeout;
    private final Clock clock = Clock.systemUTC();

    PublicationPolls(WechatConfig config) {
        this.backoff = new Backoff(config.retry().publishPoll(), config.retry().maxBackoff());
        this.timeout = config.retry().publishTimeout();
    }

    /** The first look, after a submit: the wait for the publication's final status begins. */
    Instant first(Delivery delivery) {
        delivery.publishingSince = clock.instant();
        return delivery.publishingSince.plus(backoff.after(1));
    }

    /** The next look, counted. */
    Instant next(Delivery delivery) {
        delivery.polls++;
        return clock.instant().plus(backoff.after(delivery.polls + 1));
    }

    /**
     * The next look at a publication WeChat answered 1 (publishing) for; once it has been publishing for
     * {@code publish-timeout}, the article fails instead, naming the publish id and the wait.
     */
    Instant stillPublishing(Delivery delivery) {
        Instant now = clock.instant();
        if (delivery.publishingSince == null) {
            delivery.publishingSince = now;
        }
        Duration waited = Duration.between(delivery.publishingSince, now);
        if (waited.compareTo(timeout) >= 0) {
            throw new NotSendableException("WeChat still answers publish_status 1 (publishing) for publish_id "
                    + delivery.publishId + " after " + readable(waited) + " (herald.wechat.retry.publish-timeout "
                    + readable(timeout) + "): no longer asking; a retry looks again for as long");
        }
        return next(delivery);
    }

    /** E.g. 24h, 1h30m, 5.2s. */
    private static String readable(Duration duration) {
        return duration.truncatedTo(ChronoUnit.MILLIS).toString().substring(2).toLowerCase(Locale.ROOT);
    }
}
