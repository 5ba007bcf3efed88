package io.herald.wechat.delivery;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.herald.events.ArticleRendered.WechatArticle;
import io.herald.events.EventJson;
import io.herald.events.InfrastructureFailure;
import io.herald.wechat.api.ErrorPolicy;
import io.herald.wechat.api.PublishStatus;
import io.herald.wechat.api.WechatApi;
import io.herald.wechat.api.WechatException;
import io.herald.wechat.config.WechatConfig;
import io.herald.wechat.pictures.ArticlePictures;
import io.herald.wechat.pictures.PictureUnavailableException;
import io.herald.wechat.pictures.UnreadableImageException;
import io.herald.wechat.store.AccountPause;
import io.herald.wechat.store.AccountPauseRepository;
import io.herald.wechat.store.Delivery;
import io.herald.wechat.store.DeliveryRepository;
import io.herald.wechat.store.DeliveryState;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Advances one delivery as far as it goes now. Its state is stored before each WeChat call that creates something
 * (so that a crash between {@code draft/add} and storing its media id is found out: the next turn looks for the
 * draft among the account's drafts before adding again) and after the turn, with when to look again. No call
 * happens inside a database transaction. A failure nobody foresaw counts as a failed attempt, so that it too is
 * tried a bounded number of times; only while the database does not answer is the delivery left to its lease.
 */
@ApplicationScoped
public class ArticleDelivery {

    private static final Logger LOG = Logger.getLogger(ArticleDelivery.class);

    private final DeliveryRepository deliveries;
    private final AccountPauseRepository pauses;
    private final WechatApi api;
    private final ArticlePictures pictures;
    private final WechatConfig config;
    private final Backoff retryBackoff;
    private final Backoff pollBackoff;
    private final Clock clock = Clock.systemUTC();

    ArticleDelivery(DeliveryRepository deliveries, AccountPauseRepository pauses, WechatApi api,
            ArticlePictures pictures, WechatConfig config) {
        this.deliveries = deliveries;
        this.pauses = pauses;
        this.api = api;
        this.pictures = pictures;
        this.config = config;
        this.retryBackoff = new Backoff(config.retry().backoff(), config.retry().maxBackoff());
        this.pollBackoff = new Backoff(config.retry().publishPoll(), config.retry().maxBackoff());
    }

    /** One turn of the delivery: as far as it goes, then stored with when to look again. */
    public void advance(Delivery.Key key) {
        Delivery delivery = QuarkusTransaction.requiringNew().call(() -> deliveries.findById(key));
        if (delivery == null) {
            return;
        }
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
        store(delivery, next, true);
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
            case UNPUBLISHED -> withdraw(delivery);
            case PUBLISHED -> publish(delivery, account.get());
        };
    }

    private Instant publish(Delivery delivery, WechatConfig.Account account) {
        WechatArticle article = EventJson.read(delivery.article.getBytes(UTF_8), WechatArticle.class);
        if (Boolean.FALSE.equals(article.publishable())) {
            throw new NotSendableException("not publishable on WeChat: " + String.join("; ", article.problems()));
        }
        if (delivery.wechatArticleId != null) {
            delivery.state = DeliveryState.PUBLISHED;
            delivery.lastError = delivery.revision > delivery.draftedRevision ? "revision " + delivery.revision
                    + " not sent: WeChat does not let the API change a published article" : null;
            return null;
        }
        if (delivery.publishId != null) {
            return poll(delivery);
        }
        draft(delivery, article, account);
        delivery.lastError = null;
        if (account.policy() == WechatConfig.Policy.PUBLISH) {
            return submit(delivery);
        }
        delivery.state = DeliveryState.DRAFTED;
        return null;
    }

    /** Makes the account's draft hold the delivery's revision: found after a crash, added, or updated. */
    private void draft(Delivery delivery, WechatArticle article, WechatConfig.Account account) {
        if (delivery.mediaId == null && Delivery.ADDING.equals(delivery.step)) {
            Optional<String> added = api.findDraft(delivery.account, article.contentSourceUrl());
            added.ifPresent(mediaId -> {
                LOG.infof("Article %s: the draft added before an interruption is %s on account %s",
                        delivery.articleId, mediaId, delivery.account);
                delivery.mediaId = mediaId;
                delivery.draftedRevision = delivery.stepRevision;
            });
            delivery.step = null;
            delivery.stepRevision = null;
        }
        if (delivery.mediaId != null && delivery.draftedRevision >= delivery.revision) {
            return;
        }
        String content = pictures.uploadBodyPictures(delivery.account, article.content());
        String cover = article.thumbUrl() != null ? article.thumbUrl() : account.defaultCover().orElseThrow(() ->
                new NotSendableException("the article has no picture and account " + delivery.account + " no default"
                        + " cover (herald.wechat.accounts." + delivery.account + ".default-cover); WeChat needs one"));
        if (delivery.coverMediaId == null || !cover.equals(delivery.coverUrl)) {
            delivery.coverMediaId = pictures.uploadCover(delivery.account, cover);
            delivery.coverUrl = cover;
        }
        if (delivery.mediaId == null) {
            delivery.step = Delivery.ADDING;
            delivery.stepRevision = delivery.revision;
            store(delivery, clock.instant(), false);
            delivery.mediaId = api.addDraft(delivery.account,
                    DraftArticle.of(article, content, delivery.coverMediaId));
            delivery.step = null;
            delivery.stepRevision = null;
        } else {
            api.updateDraft(delivery.account, delivery.mediaId,
                    DraftArticle.of(article, content, delivery.coverMediaId));
        }
        delivery.draftedRevision = delivery.revision;
    }

    private Instant submit(Delivery delivery) {
        delivery.state = DeliveryState.PUBLISHING;
        delivery.polls = 0;
        store(delivery, clock.instant(), false);
        delivery.publishId = api.submitPublication(delivery.account, delivery.mediaId);
        return clock.instant().plus(pollBackoff.after(1));
    }

    private Instant poll(Delivery delivery) {
        PublishStatus status = api.publicationStatus(delivery.account, delivery.publishId);
        switch (status.status()) {
            case PublishStatus.PUBLISHED -> {
                delivery.state = DeliveryState.PUBLISHED;
                delivery.wechatArticleId = status.articleId();
                delivery.articleUrl = status.articleUrl();
                delivery.lastError = null;
                return null;
            }
            case PublishStatus.PUBLISHING -> {
                delivery.state = DeliveryState.PUBLISHING;
                delivery.polls++;
                return clock.instant().plus(pollBackoff.after(delivery.polls + 1));
            }
            case 5, 6 -> {
                delivery.state = DeliveryState.DELETED;
                delivery.lastError = status.reason();
                return null;
            }
            default -> throw new NotSendableException(status.reason());
        }
    }

    /**
     * A kill: the published article or the draft deleted, and the delivery forgets them. A publication still under
     * way is followed until WeChat says how it ended, so that an article published after its kill is deleted too.
     */
    private Instant withdraw(Delivery delivery) {
        if (delivery.publishId != null && delivery.wechatArticleId == null) {
            PublishStatus status = api.publicationStatus(delivery.account, delivery.publishId);
            if (status.status() == PublishStatus.PUBLISHING) {
                delivery.polls++;
                return clock.instant().plus(pollBackoff.after(delivery.polls + 1));
            }
            delivery.wechatArticleId = status.status() == PublishStatus.PUBLISHED ? status.articleId() : null;
        }
        if (delivery.wechatArticleId != null) {
            api.deletePublication(delivery.account, delivery.wechatArticleId);
        } else if (delivery.mediaId != null && delivery.publishId == null) {
            api.deleteDraft(delivery.account, delivery.mediaId);
        }
        delivery.mediaId = null;
        delivery.draftedRevision = null;
        delivery.publishId = null;
        delivery.wechatArticleId = null;
        delivery.articleUrl = null;
        delivery.state = DeliveryState.DELETED;
        delivery.lastError = null;
        return null;
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

    private void store(Delivery delivery, Instant next, boolean endLease) {
        QuarkusTransaction.requiringNew().run(() -> deliveries.record(delivery, next, endLease));
    }
}
