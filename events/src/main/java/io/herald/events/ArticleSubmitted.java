package io.herald.events;

import java.time.Instant;
import java.util.List;

/**
 * Event v1 on {@link EventContract#ARTICLES_SUBMITTED}: one revision of one article, carried whole so
 * that consumers never call back. Within v1 fields are only ever added; consumers ignore what they
 * do not know.
 *
 * @param articleId      stable id, {@code <source>:<sourceId>} or generated; the Kafka key
 * @param revision       1, 2, … increasing per article
 * @param pubStatus      usable, withheld, or canceled (a kill)
 * @param language       BCP 47 tag, e.g. {@code zh-CN}
 * @param publication    the printed issue the article appeared in, if any
 * @param page           page label as printed, e.g. {@code 01版}
 * @param section        section label, e.g. {@code 要闻}
 * @param headline       main headline (主题)
 * @param subheadline    secondary headline (副题)
 * @param kicker         line above the headline (引题)
 * @param dateline       e.g. {@code 本报讯}
 * @param byline         contributors with their roles, in printed order
 * @param body           ordered body blocks
 * @param images         images belonging to the article
 * @param related        table-of-contents entries (本期导读) published with the article
 * @param subjects       subject terms
 * @param firstCreated   when the source first created the article
 * @param versionCreated when this revision was created
 * @param embargoUntil   not to be shown before this instant, if set
 * @param source         the newsroom system and its own id for the article
 * @param published      when the article was published, as its source says (the print date of a page, ninjs
 *                       {@code firstcreated}, Superdesk {@code firstpublished}); null when the source gave none.
 *                       Added within v1: events written before it lack it. Readers use {@link #publicationTime()}.
 * @param summary        the newsroom's own summary (abstract) of the article, plain text, if it wrote one; pages,
 *                       feeds and WeChat describe the article by it rather than by the start of its body. Added
 *                       within v1.
 */
public record ArticleSubmitted(
        String articleId,
        int revision,
        PubStatus pubStatus,
        String language,
        Publication publication,
        String page,
        String section,
        String headline,
        String subheadline,
        String kicker,
        String dateline,
        List<Contributor> byline,
        List<BodyBlock> body,
        List<Image> images,
        List<RelatedEntry> related,
        List<String> subjects,
        Instant firstCreated,
        Instant versionCreated,
        Instant embargoUntil,
        Source source,
        Instant published,
        String summary) {

    public ArticleSubmitted {
        byline = byline == null ? List.of() : List.copyOf(byline);
        body = body == null ? List.of() : List.copyOf(body);
        images = images == null ? List.of() : List.copyOf(images);
        related = related == null ? List.of() : List.copyOf(related);
        subjects = subjects == null ? List.of() : List.copyOf(subjects);
    }

    /** An event with neither a publication time of its own nor a summary, as every event before they were added. */
    public ArticleSubmitted(String articleId, int revision, PubStatus pubStatus, String language,
            Publication publication, String page, String section, String headline, String subheadline, String kicker,
            String dateline, List<Contributor> byline, List<BodyBlock> body, List<Image> images,
            List<RelatedEntry> related, List<String> subjects, Instant firstCreated, Instant versionCreated,
            Instant embargoUntil, Source source) {
        this(articleId, revision, pubStatus, language, publication, page, section, headline, subheadline, kicker,
                dateline, byline, body, images, related, subjects, firstCreated, versionCreated, embargoUntil, source,
                null, null);
    }

    /**
     * The time readers are shown as the article's publication, the one every page, feed and sitemap agrees on:
     * {@code published}, else first created, else this revision's time; never before the embargo ends. Null only
     * for an event that carries no time at all.
     */
    public Instant publicationTime() {
        Instant own = published != null ? published : firstCreated != null ? firstCreated : versionCreated;
        return own != null && embargoUntil != null && embargoUntil.isAfter(own) ? embargoUntil : own;
    }
}
