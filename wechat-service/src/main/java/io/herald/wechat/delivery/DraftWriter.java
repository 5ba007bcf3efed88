package io.herald.wechat.delivery;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.herald.events.ArticleRendered.WechatArticle;
import io.herald.wechat.api.WechatApi;
import io.herald.wechat.api.WechatException;
import io.herald.wechat.config.WechatConfig;
import io.herald.wechat.pictures.ArticlePictures;
import io.herald.wechat.pictures.PictureUnavailableException;
import io.herald.wechat.store.Delivery;

/**
 * Makes the account's draft hold the delivery's revision. The draft an interrupted {@code draft/add} made is found
 * ({@link InterruptedAdds}); a new article's draft is added, a newer revision updates it; a draft no longer in the
 * draft box (deleted or published in WeChat's backend, or a WeChat stand-in that forgot it) is added anew. A cover
 * WeChat no longer has (deleted from the account's materials) is forgotten, to be uploaded again on the next attempt.
 */
@ApplicationScoped
class DraftWriter {

    private static final Logger LOG = Logger.getLogger(DraftWriter.class);

    private final WechatApi api;
    private final ArticlePictures pictures;
    private final DeliveryRecorder recorder;
    private final InterruptedAdds interruptedAdds;

    DraftWriter(WechatApi api, ArticlePictures pictures, DeliveryRecorder recorder, InterruptedAdds interruptedAdds) {
        this.api = api;
        this.pictures = pictures;
        this.recorder = recorder;
        this.interruptedAdds = interruptedAdds;
    }

    void write(Delivery delivery, WechatArticle article, WechatConfig.Account account) {
        if (InterruptedAdds.pending(delivery)) {
            interruptedAdds.lookUp(delivery);
        }
        delivery.contentSourceUrl = article.contentSourceUrl();
        if (delivery.mediaId != null && delivery.draftedRevision >= delivery.revision) {
            return;
        }
        String content = pictures.uploadBodyPictures(delivery.account, article.content());
        String cover = pictures.uploadCover(delivery.account, coverAddress(delivery, article, account));
        Map<String, Object> draft = DraftArticle.of(article, content, cover);
        try {
            if (delivery.mediaId != null && !updated(delivery, draft)) {
                delivery.mediaId = null;
            }
            if (delivery.mediaId == null) {
                recorder.beforeCall(delivery, Delivery.ADDING);
                delivery.mediaId = api.addDraft(delivery.account, draft);
                DeliveryRecorder.stepDone(delivery);
            }
        } catch (WechatException e) {
            if (e.errcode() != WechatException.INVALID_MEDIA_ID) {
                throw e;
            }
            pictures.forgetCover(delivery.account, cover);
            throw new PictureUnavailableException("WeChat no longer has cover " + cover + " of account "
                    + delivery.account + " (" + e.getMessage() + "); it is uploaded again");
        }
        delivery.draftedRevision = delivery.revision;
    }

    /** The delivery has no draft (any more). */
    static void forget(Delivery delivery) {
        delivery.mediaId = null;
        delivery.draftedRevision = null;
    }

    private static String coverAddress(Delivery delivery, WechatArticle article, WechatConfig.Account account) {
        return article.thumbUrl() != null ? article.thumbUrl() : account.defaultCover().orElseThrow(() ->
                new NotSendableException("the article has no picture and account " + delivery.account + " no default"
                        + " cover (herald.wechat.accounts." + delivery.account + ".default-cover); WeChat needs one"));
    }

    /**
     * {@code draft/update}; false if the draft is no longer in the draft box. WeChat answers 40007 both for a draft
     * and for a cover it does not have, so {@code draft/get} tells which.
     */
    private boolean updated(Delivery delivery, Map<String, Object> draft) {
        try {
            api.updateDraft(delivery.account, delivery.mediaId, draft);
            return true;
        } catch (WechatException e) {
            if (e.errcode() != WechatException.INVALID_MEDIA_ID || api.draftExists(delivery.account,
                    delivery.mediaId)) {
                throw e;
            }
        }
        LOG.warnf("Article %s: draft %s is no longer in the draft box of account %s (deleted or published in"
                + " WeChat's backend); revision %d goes into a new draft", delivery.articleId, delivery.mediaId,
                delivery.account, delivery.revision);
        return false;
    }
}
