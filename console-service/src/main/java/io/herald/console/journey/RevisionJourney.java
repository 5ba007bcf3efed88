package io.herald.console.journey;

import java.time.Instant;
import java.util.List;

/**
 * One revision of an article on its way through the pipeline.
 *
 * @param revision        the revision number
 * @param eventId         the articles.submitted event that carried it
 * @param pubStatus       its status (usable, withheld, canceled), as the catalog recorded it
 * @param versionCreated  when the newsroom made it
 * @param acknowledgedAt  when ingest's record was written (Kafka acknowledged it before ingest answered 202); null
 *                        when the record was not found
 * @param ceTime          the event's {@code ce_time}
 * @param submitted       where it is on articles.submitted ({@code partition/offset})
 * @param appliedAt       when the catalog stored it; null while it has not
 * @param steps           each consumer's progress past the record (e.g. "catalog: processed")
 * @param rendered        when render announced it on articles.rendered, and with which status; null while it has not
 * @param wechat          its state on each WeChat account that holds this revision
 */
public record RevisionJourney(int revision, String eventId, String pubStatus, Instant versionCreated,
        Instant acknowledgedAt, String ceTime, String submitted, Instant appliedAt, List<String> steps,
        Rendered rendered, List<String> wechat) {

    /**
     * The revision on articles.rendered.
     *
     * @param announcedAt when the record was written
     * @param renderedAt  when render made the rendition (its {@code renderedAt})
     * @param status      published, embargoed or unpublished
     * @param position    where it is on articles.rendered ({@code partition/offset})
     * @param times       how many times it was announced (a re-render announces it again)
     * @param wechatStep  the wechat group's progress past it
     */
    public record Rendered(Instant announcedAt, Instant renderedAt, String status, String position, int times,
            String wechatStep) {
    }
}
