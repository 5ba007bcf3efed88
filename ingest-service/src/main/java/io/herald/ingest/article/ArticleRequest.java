package io.herald.ingest.article;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.herald.events.PubStatus;

/**
 * One revision of one article as a newsroom system posts it to {@code POST /articles}: the whole
 * {@link io.herald.events.ArticleSubmitted} model, minus what ingest decides (article id, defaults).
 *
 * @param source    optional: the newsroom system, which must be the authenticated source when given
 * @param sourceId  the system's own id, 1–256 characters without whitespace (colons allowed, as in URN
 *                  guids); without it every post is a new article
 * @param revision  see {@link #REVISION_RULE}; absent: ingest chooses it
 * @param pubStatus {@code usable} when absent
 * @param language  BCP 47 tag; {@code herald.ingest.default-language} when absent
 */
public record ArticleRequest(
        @Pattern(regexp = "[a-z0-9][a-z0-9_-]{0,63}") String source,
        @Pattern(regexp = "(?U)[^\\s\\p{Cntrl}]{1,256}") String sourceId,
        @Min(1) @Schema(description = REVISION_RULE, minimum = "1") Integer revision,
        PubStatus pubStatus,
        @Pattern(regexp = "[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8}){0,8}") String language,
        @Valid PublicationRequest publication,
        @Size(max = 64) String page,
        @Size(max = 128) String section,
        @NotBlank @Size(max = 512) String headline,
        @Size(max = 512) String subheadline,
        @Size(max = 512) String kicker,
        @Size(max = 128) String dateline,
        @Size(max = 64) List<@NotNull @Valid ContributorRequest> byline,
        @NotEmpty @Size(max = 2000) List<@NotNull @Valid BodyBlockRequest> body,
        @Size(max = 200) List<@NotNull @Valid ImageRequest> images,
        @Size(max = 500) List<@NotNull @Valid RelatedEntryRequest> related,
        @Size(max = 100) List<@NotBlank @Size(max = 128) String> subjects,
        Instant firstCreated,
        Instant versionCreated,
        Instant embargoUntil) {

    /** Herald's rule for {@code revision}, as the API documents it. */
    public static final String REVISION_RULE = "A revision stands for one content of the article (consumers keep one "
            + "content per revision). Absent: the same content as the article's latest accepted revision is that "
            + "revision again (a retry, the same eventId); other content becomes the next revision (a correction, "
            + "which wins downstream); a new article gets 1. Given: a revision not accepted before is taken; the same "
            + "content again is the same event (the same eventId); other content at a revision already accepted is a "
            + "409 problem naming the field and the revision to send (the article's highest + 1). Only Kafka's "
            + "acknowledgement binds a revision: after a 503 the retry may carry any content.";
}
