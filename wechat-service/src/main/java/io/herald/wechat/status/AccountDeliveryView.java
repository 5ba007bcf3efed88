package io.herald.wechat.status;

import java.time.Instant;

import io.herald.wechat.store.Delivery;

/**
 * An article on one official account, as {@code GET /wechat/articles/{id}} shows it.
 *
 * @param account      the account's configured name
 * @param state        waiting, drafted, publishing, published, failed, deleted or paused
 * @param revision     the latest revision render announced
 * @param status       render's status of that revision: published, embargoed or unpublished; unpublished too when
 *                     the account does not take that revision ({@code withdrawnBecause})
 * @param mediaId      the draft's media id
 * @param publishId    the freepublish/submit job
 * @param articleUrl   the published article's address
 * @param attempts     failed attempts since the revision arrived
 * @param lastError    why it failed, waits or is paused
 * @param nextAttemptAt when the channel looks at it again; absent when nothing is to be done
 * @param withdrawnBecause why the article is withdrawn from the account although render publishes it, e.g. "section
 *                     国际 is not one of account frontpage's sections [要闻]"; absent while the account takes it
 */
public record AccountDeliveryView(String account, String state, int revision, String status, String mediaId,
        String publishId, String articleUrl, int attempts, String lastError, Instant nextAttemptAt,
        String withdrawnBecause) {

    static AccountDeliveryView of(Delivery delivery) {
        return new AccountDeliveryView(delivery.account, delivery.state.label(), delivery.revision,
                delivery.status.name().toLowerCase(java.util.Locale.ROOT), delivery.mediaId, delivery.publishId,
                delivery.articleUrl, delivery.attempts, delivery.lastError, delivery.nextAttemptAt,
                delivery.withdrawnBecause);
    }
}
