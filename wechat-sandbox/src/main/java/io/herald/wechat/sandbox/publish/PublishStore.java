package io.herald.wechat.sandbox.publish;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import io.herald.wechat.sandbox.SandboxConfig;
import io.herald.wechat.sandbox.api.WechatError;
import io.herald.wechat.sandbox.draft.Draft;
import io.herald.wechat.sandbox.draft.DraftStore;

/**
 * The publishing jobs and published articles, in memory. A job settles when its time has come ({@link #settle()},
 * called before each answer and by {@link Publisher}'s timer); a published draft then leaves the draft box.
 */
@ApplicationScoped
public class PublishStore {

    private final Clock clock = Clock.systemUTC();
    private final SecureRandom random = new SecureRandom();
    private final AtomicLong ids = new AtomicLong(2247483647L);
    private final Map<String, PublishJob> byPublishId = new LinkedHashMap<>();
    private final DraftStore drafts;
    private final SandboxConfig.Publish config;

    PublishStore(DraftStore drafts, SandboxConfig config) {
        this.drafts = drafts;
        this.config = config.publish();
    }

    synchronized PublishJob submit(Draft draft, int outcome) {
        byte[] articleId = new byte[24];
        random.nextBytes(articleId);
        long id = ids.incrementAndGet();
        PublishJob job = new PublishJob(Long.toString(id), Long.toString(id + 1_000_000_000L), draft.appId(),
                draft.mediaId(), draft.articles(), clock.instant().plus(config.duration()), outcome,
                HexFormat.of().formatHex(articleId));
        byPublishId.put(job.publishId(), job);
        return job;
    }

    /** Settles every job whose time has come; answers those settled now (for PUBLISHJOBFINISH). */
    synchronized List<PublishJob> settle() {
        Instant now = clock.instant();
        List<PublishJob> settled = new ArrayList<>();
        for (PublishJob job : byPublishId.values()) {
            if (!job.settled() && !now.isBefore(job.finishAt())) {
                job.settle();
                if (job.status() == PublishStatus.PUBLISHED) {
                    drafts.remove(job.mediaId());
                }
                settled.add(job);
            }
        }
        return settled;
    }

    /** The account's job; 40035 (invalid args) for a publish_id it did not submit. */
    synchronized PublishJob job(String appId, String publishId) {
        PublishJob job = publishId == null ? null : byPublishId.get(publishId);
        if (job == null || !job.appId().equals(appId)) {
            throw WechatError.INVALID_PARAMETER.exception("no publish job " + publishId);
        }
        return job;
    }

    /** The account's published article; 53600 for an unknown article id. */
    synchronized PublishJob published(String appId, String articleId) {
        return byArticleId(articleId).filter(job -> job.appId().equals(appId))
                .orElseThrow(WechatError.INVALID_ARTICLE_ID::exception);
    }

    public synchronized Optional<PublishJob> byArticleId(String articleId) {
        return byPublishId.values().stream()
                .filter(job -> job.articleId() != null && job.articleId().equals(articleId))
                .findFirst();
    }

    synchronized void delete(PublishJob job, int idx) {
        job.delete(idx);
    }

    public synchronized boolean ban(String articleId) {
        Optional<PublishJob> job = byArticleId(articleId);
        job.ifPresent(PublishJob::ban);
        return job.isPresent();
    }

    /** The account's settled jobs that published, newest first. */
    public synchronized List<PublishJob> publishedOf(String appId) {
        List<PublishJob> published = new ArrayList<>(byPublishId.values().stream()
                .filter(job -> job.appId().equals(appId) && job.articleId() != null).toList());
        Collections.reverse(published);
        return published;
    }

    public synchronized void clear() {
        byPublishId.clear();
    }
}
