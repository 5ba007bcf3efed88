package io.herald.wechat.delivery;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.herald.wechat.api.WechatApi;
import io.herald.wechat.store.Delivery;

/**
 * Finds the draft of a {@code draft/add} whose answer was never stored (the process died during the call, or the
 * connection was lost): it is looked for among the account's drafts by the {@code content_source_url} stored with the
 * step. Whatever the delivery wants next, a new revision or a kill, starts from what WeChat has: a draft found is the
 * delivery's, to update or to delete; none found, nothing reached WeChat.
 */
@ApplicationScoped
class InterruptedAdds {

    private static final Logger LOG = Logger.getLogger(InterruptedAdds.class);

    private final WechatApi api;

    InterruptedAdds(WechatApi api) {
        this.api = api;
    }

    /** Whether the delivery has an add in flight or unanswered: marked, and no media id stored. */
    static boolean pending(Delivery delivery) {
        return Delivery.ADDING.equals(delivery.step) && delivery.mediaId == null;
    }

    /** Looks the pending add up; the delivery holds its draft if WeChat has one, and the step is done. */
    void lookUp(Delivery delivery) {
        api.findDraft(delivery.account, delivery.contentSourceUrl).ifPresent(mediaId -> {
            LOG.infof("Article %s: the draft added before an interruption is %s on account %s; revision %d (%s)"
                    + " goes on from it", delivery.articleId, mediaId, delivery.account, delivery.revision,
                    delivery.status);
            delivery.mediaId = mediaId;
            delivery.draftedRevision = delivery.stepRevision;
        });
        DeliveryRecorder.stepDone(delivery);
    }
}
