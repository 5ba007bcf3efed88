package io.herald.wechat.delivery;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.herald.wechat.api.PublishStatus;
import io.herald.wechat.api.WechatApi;
import io.herald.wechat.api.WechatException;
import io.herald.wechat.store.Delivery;
import io.herald.wechat.store.DeliveryState;

/**
 * A kill: the published article or the draft deleted, and the delivery forgets them. A publication still under way,
 * or a submit not answered, is followed until WeChat says how it ended, so that an article published after its kill
 * is deleted too (a publication still under way after {@code publish-timeout} fails the kill; a retry looks again), and
 * the draft of an interrupted {@code draft/add} is looked for first, so that it is deleted too. A draft already gone
 * from the draft box is not an error.
 */
@ApplicationScoped
class ArticleWithdrawal {

    private static final Logger LOG = Logger.getLogger(ArticleWithdrawal.class);

    private final WechatApi api;
    private final UnansweredSubmissions submissions;
    private final PublicationPolls polls;
    private final InterruptedAdds interruptedAdds;

    ArticleWithdrawal(WechatApi api, UnansweredSubmissions submissions, PublicationPolls polls,
            InterruptedAdds interruptedAdds) {
        this.api = api;
        this.submissions = submissions;
        this.polls = polls;
        this.interruptedAdds = interruptedAdds;
    }

    /** As far as it goes now; returns when to look again ({@code null}: nothing to do). */
    Instant withdraw(Delivery delivery) {
        if (InterruptedAdds.pending(delivery)) {
            interruptedAdds.lookUp(delivery);
        }
        if (UnansweredSubmissions.pending(delivery)) {
            switch (submissions.lookUp(delivery)) {
                case UNDECIDED -> {
                    return polls.next(delivery);
                }
                case DRAFT_GONE -> DraftWriter.forget(delivery);
                case PUBLISHED, NOT_PUBLISHED -> {
                }
            }
        }
        if (delivery.publishId != null && delivery.wechatArticleId == null) {
            PublishStatus status = api.publicationStatus(delivery.account, delivery.publishId);
            if (status.status() == PublishStatus.PUBLISHING) {
                return polls.stillPublishing(delivery);
            }
            delivery.wechatArticleId = status.status() == PublishStatus.PUBLISHED ? status.articleId() : null;
        }
        if (delivery.wechatArticleId != null) {
            api.deletePublication(delivery.account, delivery.wechatArticleId);
        } else if (delivery.mediaId != null && delivery.publishId == null) {
            deleteDraftIfThere(delivery);
        }
        DraftWriter.forget(delivery);
        delivery.publishId = null;
        delivery.wechatArticleId = null;
        delivery.articleUrl = null;
        delivery.state = DeliveryState.DELETED;
        delivery.lastError = null;
        return null;
    }

    private void deleteDraftIfThere(Delivery delivery) {
        try {
            api.deleteDraft(delivery.account, delivery.mediaId);
        } catch (WechatException e) {
            if (e.errcode() != WechatException.INVALID_MEDIA_ID) {
                throw e;
            }
            LOG.infof("Article %s: draft %s was already gone from the draft box of account %s", delivery.articleId,
                    delivery.mediaId, delivery.account);
        }
    }
}
