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
 * {@link io.herald.events.ArticleSubmitted} model, minus what ingest decides (article id, defaults). A field it
 * does not have, here or in a nested part, is refused by name ({@code quarkus.jackson.fail-on-unknown-properties}).
 *
 * @param source    optional: the newsroom system, which must be the authenticated source when given
 * @param sourceId  the system's own id, 1–256 characters without whitespace (colons allowed, as in URN
 *                  guids); without it every post is a new article
 * @param revision  see {@link #REVISION_RULE}; absent: ingest chooses it
 * @param pubStatus {@code usable} when absent
 * @param language  BCP 47 tag; {@code herald.ingest.default-language} when absent
 * @param published when the article was published; absent: the print date of its publication, if it has one
 *                  (the start of that day in {@code herald.ingest.newsroom-time-zone}), else none (readers are
 *                  then shown its first creation time)
 * @param summary   the newsroom's own summary (abstract), plain text; absent: readers get the start of the body
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
        Instant embargoUntil,
        Instant published,
        @Size(max = 2000) String summary) {

    /** Herald's rule for {@code revision}, as the API documents it. */
    public static final String REVISION_RULE = "A revision stands for one content of the article (consumers keep one "
            + "content per revision). Absent: the same content as the article's latest accepted revision is that "
            + "revision again (a retry, the same eventId); other content becomes the next revision (a correction, "
            + "which wins downstream); a new article gets 1. Given: a revision not accepted before is taken; the same "
            + "content again is the same event (the same eventId); other content at a revision already accepted is a "
            + "409 problem naming the field and the revision to send (the article's highest + 1). Only Kafka's "
            + "acknowledgement binds a revision: after a 503 the retry may carry any content.";

    /** A request with no field set yet, to be filled by name: what a format's mapper builds. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link ArticleRequest} field by field; a field never set stays absent (null). */
    public static final class Builder {

        private String source;
        private String sourceId;
        private Integer revision;
        private PubStatus pubStatus;
        private String language;
        private PublicationRequest publication;
        private String page;
        private String section;
        private String headline;
        private String subheadline;
        private String kicker;
        private String dateline;
        private List<ContributorRequest> byline;
        private List<BodyBlockRequest> body;
        private List<ImageRequest> images;
        private List<RelatedEntryRequest> related;
        private List<String> subjects;
        private Instant firstCreated;
        private Instant versionCreated;
        private Instant embargoUntil;
        private Instant published;
        private String summary;

        private Builder() {
        }

        public Builder source(String source) {
            this.source = source;
            return this;
        }

        public Builder sourceId(String sourceId) {
            this.sourceId = sourceId;
            return this;
        }

        public Builder revision(Integer revision) {
            this.revision = revision;
            return this;
        }

        public Builder pubStatus(PubStatus pubStatus) {
            this.pubStatus = pubStatus;
            return this;
        }

        public Builder language(String language) {
            this.language = language;
            return this;
        }

        public Builder publication(PublicationRequest publication) {
            this.publication = publication;
            return this;
        }

        public Builder page(String page) {
            this.page = page;
            return this;
        }

        public Builder section(String section) {
            this.section = section;
            return this;
        }

        public Builder headline(String headline) {
            this.headline = headline;
            return this;
        }

        public Builder subheadline(String subheadline) {
            this.subheadline = subheadline;
            return this;
        }

        public Builder kicker(String kicker) {
            this.kicker = kicker;
            return this;
        }

        public Builder dateline(String dateline) {
            this.dateline = dateline;
            return this;
        }

        public Builder byline(List<ContributorRequest> byline) {
            this.byline = byline;
            return this;
        }

        public Builder body(List<BodyBlockRequest> body) {
            this.body = body;
            return this;
        }

        public Builder images(List<ImageRequest> images) {
            this.images = images;
            return this;
        }

        public Builder related(List<RelatedEntryRequest> related) {
            this.related = related;
            return this;
        }

        public Builder subjects(List<String> subjects) {
            this.subjects = subjects;
            return this;
        }

        public Builder firstCreated(Instant firstCreated) {
            this.firstCreated = firstCreated;
            return this;
        }

        public Builder versionCreated(Instant versionCreated) {
            this.versionCreated = versionCreated;
            return this;
        }

        public Builder embargoUntil(Instant embargoUntil) {
            this.embargoUntil = embargoUntil;
            return this;
        }

        public Builder published(Instant published) {
            this.published = published;
            return this;
        }

        public Builder summary(String summary) {
            this.summary = summary;
            return this;
        }

        public ArticleRequest build() {
            return new ArticleRequest(source, sourceId, revision, pubStatus, language, publication, page, section,
                    headline, subheadline, kicker, dateline, byline, body, images, related, subjects, firstCreated,
                    versionCreated, embargoUntil, published, summary);
        }
    }
}
