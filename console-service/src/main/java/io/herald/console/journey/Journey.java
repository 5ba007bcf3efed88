package io.herald.console.journey;

import java.util.List;

import io.herald.console.services.RenderApi;
import io.herald.console.services.WechatApi;

/**
 * An article's journey: each revision from ingest through the catalog and render to WeChat, and what each service
 * says about the article now.
 *
 * @param articleId   the article
 * @param headline    its current headline, when the catalog shows it
 * @param catalog     what the catalog says of its current revision (visible, killed, withheld, under embargo)
 * @param revisions   every revision, oldest first
 * @param draft       render's WeChat draft of its newest revision, when readers may see the article
 * @param render      what render says when there is no draft, or why it could not be asked
 * @param wechat      its state on each WeChat account
 * @param wechatNote  why there is no WeChat state, when there is none
 * @param deadLetters the letters any consumer parked for it
 * @param notes       what the journey could not look at (e.g. older records than the scan limit)
 */
public record Journey(String articleId, String headline, String catalog, List<RevisionJourney> revisions,
        RenderApi.WechatDraft draft, String render, List<WechatApi.AccountDelivery> wechat, String wechatNote,
        List<ParkedLetter> deadLetters, List<String> notes) {

    /**
     * A letter parked for the article.
     *
     * @param consumer the consumer that parked it
     * @param topic    its dead-letter topic
     * @param position {@code partition/offset} there
     * @param eventId  the event's {@code ce_id}
     * @param reason   why ({@code dead-letter-reason})
     */
    public record ParkedLetter(String consumer, String topic, String position, String eventId, String reason) {
    }
}
