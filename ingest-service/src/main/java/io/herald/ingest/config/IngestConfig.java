package io.herald.ingest.config;

import java.time.Duration;
import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the HTTP intake, under {@code herald.ingest} (env {@code HERALD_INGEST_…}). */
@ConfigMapping(prefix = "herald.ingest")
public interface IngestConfig {

    /** How long a submission waits for Kafka's acknowledgement before it is answered with 503. */
    @WithDefault("5s")
    Duration publishTimeout();

    /** What the {@code Retry-After} header of a 503 asks the client to wait (whole seconds, at least 1). */
    @WithDefault("10s")
    Duration retryAfter();

    /**
     * How long an {@code Idempotency-Key} is remembered with its answer, in this instance's memory; across
     * instances and restarts the deterministic event id is what keeps a retried revision from duplicating.
     */
    @WithDefault("24h")
    Duration idempotencyTtl();

    /** How many {@code Idempotency-Key}s an instance remembers at most; the oldest are forgotten first. */
    @WithDefault("10000")
    int idempotencyCacheSize();

    /**
     * The largest article accepted, in bytes of its serialized event value (JSON); a larger one is a 413 problem.
     * 1 MiB: far above any real article (a long feature with many images is tens of KB), and half of the 2 MiB
     * that the producer ({@code max.request.size}) and Herald's topics ({@code max.message.bytes}) allow, which
     * leaves room for the record's key, headers and batch overhead.
     */
    @WithDefault("1048576")
    int maxArticleBytes();

    /**
     * How long a claim on an article's revision holds while its event is being sent: after this a claim whose
     * sender neither got Kafka's acknowledgement nor gave the claim up (it died) no longer blocks other content
     * for that revision. Well above {@code publish-timeout}, which bounds every send.
     */
    @WithDefault("60s")
    Duration revisionClaimTimeout();

    /** BCP 47 language of articles that do not name one. */
    @WithDefault("zh-CN")
    String defaultLanguage();

    /**
     * The newsroom's time zone: a print date (an issue's date, with no time of day) is published at the start of
     * that day here.
     */
    @WithDefault("Asia/Shanghai")
    ZoneId newsroomTimeZone();

    /** Where clients reach this service; stored binaries are published as {@code <public-base-url>/assets/<sha256>}. */
    @WithDefault("http://localhost:8081")
    String publicBaseUrl();

    /**
     * The id of the custom text field ({@code extra.<id>} in its ninjs) that holds a Superdesk item's secondary
     * headline (副题). Superdesk's own schema has no such field: its {@code description_text} is the abstract, a
     * summary, and is never taken as the subheadline; a newsroom that wants 副题 adds a custom field with this id.
     */
    @WithDefault("subheadline")
    String superdeskSubheadlineField();
}
