package io.herald.wechat.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.herald.events.InfrastructureFailure;
import io.herald.service.tracing.Traceparent;
import io.herald.service.tracing.Traces;
import io.herald.wechat.api.ErrorPolicy;
import io.herald.wechat.api.WechatException;
import io.herald.wechat.config.WechatConfig;
import io.herald.wechat.metrics.TurnStart;
import io.herald.wechat.metrics.WechatMetrics;
import io.herald.wechat.pictures.PictureUnavailableException;
import io.herald.wechat.pictures.UnreadableImageException;
import io.herald.wechat.store.AccountPause;
import io.herald.wechat.store.AccountPauseRepository;
import io.herald.wechat.store.Delivery;
import io.herald.wechat.store.DeliveryState;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Advances one delivery as far as it goes now ({@link ArticlePublishing}, {@link ArticleWithdrawal}) and answers each
 * error as the error policy says. Its state is stored before each WeChat call that creates something (so that a
 * crash between {@code draft/add} or {@code freepublish/submit} and storing its answer is found out: the next turn
 * looks for the draft among the account's drafts, or for the publication among its published articles, before
 * calling again) and after the turn, with when to look again. No call happens inside a database transaction. A
 * failure nobody foresaw counts as a failed attempt, so that it too is tried a bounded number of times; only while
 * the database does not answer is the delivery left to its lease. What a stored turn achieved is counted
 * ({@link WechatMetrics}). A turn is a span of the trace of the announcement the delivery comes from (its
 * {@code traceparent}), so that its WeChat calls are spans of the article's trace.
 */
@ApplicationScoped
public class ArticleDelivery {

    private static final Logger LOG = Logger.getLogger(ArticleDelivery.class);
    /** The official account a delivery turn is for. */
    private static final String ACCOUNT = "herald.wechat.account";
    /** The delivery's state after the turn. */
    private static final String STATE = "herald.wechat.state";

    private final AccountPauseRepository pauses;
    private final ArticlePublishing publishing;
    private final ArticleWithdrawal withdrawal;
    private final DeliveryRecorder recorder;
    private final WechatConfig config;
    private final WechatMetrics metrics;
    private final Backoff retryBackoff;
    private final Traces traces;
    private final Clock clock = Clock.systemUTC();

    ArticleDelivery(AccountPauseRepository pauses, ArticlePublishing publishing,
            ArticleWithdrawal withdrawal, DeliveryRecorder recorder, WechatConfig config, WechatMetrics metrics,
            Traces traces) {
        this.pauses = pauses;
        this.publishing = publishing;
        this.withdrawal = withdrawal;
        this.recorder = recorder;
        this.config = config;
        this.metrics = metrics;
        this.retryBackoff = new Backoff(config.retry().backoff(), config.retry().maxBackoff());
        this.traces = traces;
    }

    /** One turn of the delivery, as leased: as far as it goes, then stored with when to look again. */
    public void advance(Delivery delivery) {
        traces.run(traces.span("wechat delivery turn", SpanKind.INTERNAL, Traceparent.parse(delivery.traceparent))
                .setAttribute(Traces.ARTICLE_ID, delivery.articleId)
                .setAttribute(Traces.REVISION, (long) delivery.revision)
                .setAttribute(ACCOUNT, delivery.account), () -> turnAndRecord(delivery));
    }

    private void turnAndRecord(Delivery delivery) {
        TurnStart start = TurnStart.of(delivery);
        Instant next;
        try {
            next = turn(delivery);
        } catch (WechatException e) {
            next = onWechatError(delivery, e);
        } catch (PictureUnavailableException e) {
            next = retryLater(delivery, e.getMessage());
        } catch (UnreadableImageException | NotSendableException e) {
            next = fail(delivery, e.getMessage());
        } catch (RuntimeException e) {
            if (InfrastructureFailure.causedBy(e)) {
                throw e;
            }
            LOG.errorf(e, "Article %s on account %s: unexpected failure", delivery.articleId, delivery.account);
            next = retryLater(delivery, "unexpected failure: " + e);
        }
        recorder.endOfTurn(delivery, next);
        metrics.turnStored(start, delivery, next == null);
        Span.current().setAttribute(STATE, String.valueOf(delivery.state));
    }

    private Instant turn(Delivery delivery) {
        Optional<WechatConfig.Account> account = config.account(delivery.account);
        if (account.isEmpty()) {
            throw new NotSendableException("account " + delivery.account + " is no longer configured");
        }
        Optional<AccountPause> pause = QuarkusTransaction.requiringNew()
                .call(() -> pauses.current(delivery.account, clock.instant()));
        if (pause.isPresent()) {
            delivery.state = DeliveryState.PAUSED;
            delivery.lastError = "account " + delivery.account + " is paused: " + pause.get().reason;
            return pause.get().pausedUntil;
        }
        return switch (delivery.status) {
            case EMBARGOED -> {
                delivery.state = DeliveryState.WAITING;
                delivery.lastError = null;
                yield null;
            }
            case UNPUBLISHED -> withdrawal.withdraw(delivery);
            case PUBLISHED -> publishing.publish(delivery, account.get());
        };
    }

    private Instant onWechatError(Delivery delivery, WechatException e) {
        Instant now = clock.instant();
        return switch (ErrorPolicy.of(e.errcode())) {
            case RETRY_WITH_BACKOFF, RETRY_BOUNDED -> retryLater(delivery, e.getMessage());
            case BACK_OFF -> {
                delivery.lastError = e.getMessage();
                yield now.plus(config.retry().rateLimitBackoff());
            }
            case PAUSE_ACCOUNT -> {
                Instant reset = QuotaReset.after(now);
                pauseAccount(delivery, reset, "daily quota spent until " + reset + " (" + e.getMessage() + ")");
                yield reset;
            }
            case NEEDS_OPERATOR -> {
                pauseAccount(delivery, null, "needs an operator (" + e.getMessage() + ")");
                yield null;
            }
            case FAIL -> fail(delivery, e.getMessage());
        };
    }

    private void pauseAccount(Delivery delivery, Instant until, String reason) {
        QuarkusTransaction.requiringNew().run(() -> pauses.pause(delivery.account, until, reason));
        LOG.warnf("WeChat account %s paused: %s. Resume it with POST /wechat/accounts/%s/resume", delivery.account,
                reason, delivery.account);
        delivery.state = DeliveryState.PAUSED;
        delivery.lastError = "account " + delivery.account + " is paused: " + reason;
    }

    private Instant retryLater(Delivery delivery, String error) {
        delivery.attempts++;
        if (delivery.attempts >= config.retry().maxAttempts()) {
            return fail(delivery, "gave up after " + delivery.attempts + " attempts: " + error);
        }
        delivery.lastError = error;
        return clock.instant().plus(retryBackoff.after(delivery.attempts));
    }

    private Instant fail(Delivery delivery, String error) {
        LOG.warnf("Article %s revision %d failed on WeChat account %s: %s", delivery.articleId, delivery.revision,
                delivery.account, error);
        delivery.state = DeliveryState.FAILED;
        delivery.lastError = error;
        return null;
    }
}
