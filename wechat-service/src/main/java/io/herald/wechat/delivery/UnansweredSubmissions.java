package io.herald.wechat.delivery;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.herald.wechat.api.PublishedArticle;
import io.herald.wechat.api.WechatApi;
import io.herald.wechat.config.WechatConfig;
import io.herald.wechat.store.Delivery;

/**
 * Finds out what became of a {@code freepublish/submit} whose answer was never stored: the process died during the
 * call, or the connection was lost. WeChat cannot be asked by draft, so the account's published articles ({@code
 * freepublish/batchget}, which lists successful publications only) are looked through for one not deleted that links
 * to the draft's {@code content_source_url}. Until {@code herald.wechat.retry.unanswered-submit-wait} has passed since
 * the submit, a publication not listed may still be under way, and nothing is decided. After it, a draft still in the
 * draft box was not published (a published draft leaves it) and may be submitted again; a draft gone without a
 * publication listed (an editor deleted it, or its publication) is not submitted again.
 */
@ApplicationScoped
class UnansweredSubmissions {

    /** What WeChat shows of the submit. */
    enum Finding {
        /** Published: the delivery now holds the article's id and address. */
        PUBLISHED,
        /** Not listed yet, and WeChat may still be publishing it: look again later. */
        UNDECIDED,
        /** Not published, and the draft is still in the draft box: it may be submitted again. */
        NOT_PUBLISHED,
        /** Not published, and the draft left the draft box: do not submit it again. */
        DRAFT_GONE
    }

    private static final Logger LOG = Logger.getLogger(UnansweredSubmissions.class);

    private final WechatApi api;
    private final Duration wait;
    private final Clock clock = Clock.systemUTC();

    UnansweredSubmissions(WechatApi api, WechatConfig config) {
        this.api = api;
        this.wait = config.retry().unansweredSubmitWait();
    }

    /** Whether the delivery has a submit in flight or unanswered: marked, and no publish id stored. */
    static boolean pending(Delivery delivery) {
        return Delivery.SUBMITTING.equals(delivery.step) && delivery.publishId == null;
    }

    /** Looks the pending submit up; once decided, the step is done. */
    Finding lookUp(Delivery delivery) {
        Optional<PublishedArticle> published = api.findPublication(delivery.account, delivery.contentSourceUrl);
        if (published.isPresent()) {
            LOG.infof("Article %s: the publication submitted before an interruption is %s on account %s",
                    delivery.articleId, published.get().articleId(), delivery.account);
            delivery.wechatArticleId = published.get().articleId();
            delivery.articleUrl = published.get().articleUrl();
            DeliveryRecorder.stepDone(delivery);
            return Finding.PUBLISHED;
        }
        if (delivery.stepAt != null && clock.instant().isBefore(delivery.stepAt.plus(wait))) {
            return Finding.UNDECIDED;
        }
        DeliveryRecorder.stepDone(delivery);
        if (api.draftExists(delivery.account, delivery.mediaId)) {
            LOG.warnf("Article %s: draft %s of account %s, submitted without an answer, was not published within %s;"
                    + " it may be submitted again", delivery.articleId, delivery.mediaId, delivery.account, wait);
            return Finding.NOT_PUBLISHED;
        }
        LOG.warnf("Article %s: draft %s of account %s, submitted without an answer, left the draft box but WeChat lists"
                + " no publication of it", delivery.articleId, delivery.mediaId, delivery.account);
        return Finding.DRAFT_GONE;
    }
}
