package io.herald.wechat.metrics;

import io.herald.wechat.store.Delivery;

/**
 * What a delivery held on WeChat when its turn began, to tell afterwards what the turn achieved.
 *
 * @param draftedRevision the revision its draft held, if any
 * @param wechatArticleId the published article, if any
 */
public record TurnStart(Integer draftedRevision, String wechatArticleId) {

    public static TurnStart of(Delivery delivery) {
        return new TurnStart(delivery.draftedRevision, delivery.wechatArticleId);
    }
}
