package io.herald.wechat.delivery;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.herald.events.ArticleRendered.WechatArticle;
import io.herald.events.EventJson;
import io.herald.wechat.api.PublishStatus;
import io.herald.wechat.api.WechatApi;
import io.herald.wechat.api.WechatException;
import io.herald.wechat.config.WechatConfig;
import io.herald.wechat.store.Delivery;
import io.herald.wechat.store.DeliveryState;

/**
 * A published revision on an account: its draft written, then, under the {@code publish} policy, submitted with
 * {@code freepublish/submit} (marked before the call, looked up after an interruption, never submitted twice) and
 * followed with {@code freepublish/get} until WeChat's final status, or until {@code publish-timeout} has passed.
 */
@ApplicationScoped
class ArticlePublishing {

    private final WechatApi api;
    private final DraftWriter drafts;
    private final UnansweredSubmissions submissions;
    private final DeliveryRecorder recorder;
    private final PublicationPolls polls;

    ArticlePublishing(WechatApi api, DraftWriter drafts, UnansweredSubmissions submissions, DeliveryRecorder recorder,
            PublicationPolls polls) {
        this.api = api;
        this.drafts = drafts;
        this.submissions = submissions;
        this.recorder = recorder;
        this.polls = polls;
    }

    /** As far as it goes now; returns when to look again ({@code null}: nothing to do). */
    Instant publish(Delivery delivery, WechatConfig.Account account) {
        WechatArticle article = EventJson.read(delivery.article.getBytes(UTF_8), WechatArticle.class);
        if (Boolean.FALSE.equals(article.publishable())) {
            throw new NotSendableException("not publishable on WeChat: " + String.join("; ", article.problems()));
        }
        if (UnansweredSubmissions.pending(delivery)) {
            switch (submissions.lookUp(delivery)) {
                case UNDECIDED -> {
                    delivery.state = DeliveryState.PUBLISHING;
                    delivery.lastError = "freepublish/submit was not answered; looking for the publication among the"
                            + " account's published articles before submitting again";
                    return polls.next(delivery);
                }
                case DRAFT_GONE -> {
                    DraftWriter.forget(delivery);
                    throw new NotSendableException("freepublish/submit was not answered, and the draft left the draft"
                            + " box without WeChat listing a publication of it: not submitted again (an editor may have"
                            + " deleted it or its publication; a retry adds a new draft and submits it)");
                }
                case PUBLISHED, NOT_PUBLISHED -> {
                }
            }
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
        drafts.write(delivery, article, account);
        delivery.lastError = null;
        if (account.policy() == WechatConfig.Policy.PUBLISH) {
            return submit(delivery);
        }
        delivery.state = DeliveryState.DRAFTED;
        return null;
    }

    /**
     * {@code freepublish/submit}, marked before the call. An answer with an errcode means nothing was submitted; no
     * answer (or -1, WeChat's "system error") leaves it unknown, and the mark stays for the next turn to look it up.
     */
    private Instant submit(Delivery delivery) {
        delivery.state = DeliveryState.PUBLISHING;
        delivery.polls = 0;
        recorder.beforeCall(delivery, Delivery.SUBMITTING);
        try {
            delivery.publishId = api.submitPublication(delivery.account, delivery.mediaId);
        } catch (WechatException e) {
            if (e.errcode() != WechatException.NO_ANSWER) {
                DeliveryRecorder.stepDone(delivery);
            }
            throw e;
        }
        DeliveryRecorder.stepDone(delivery);
        return polls.first(delivery);
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
                return polls.stillPublishing(delivery);
            }
            case 5, 6 -> {
                delivery.state = DeliveryState.DELETED;
                delivery.lastError = status.reason();
                return null;
            }
            default -> throw new NotSendableException(status.reason());
        }
    }
}
