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
import jakarta.enterprise.event.Event;

import io.herald.wechat.sandbox.SandboxConfig;
import io.herald.wechat.sandbox.StateChanged;
import io.herald.wechat.sandbox.api.WechatError;
import io.herald.wechat.sandbox.draft.Draft;
import io.herald.wechat.sandbox.draft.DraftStore;

/**
 * The publishing jobs and published articles, in memory (and in the state directory when there is one). A job
 * settles when its time has come ({@link #settle()}, called before each answer and by {@link Publisher}'s timer); a
 * published draft then leaves the draft box. Each change is announced after the store's lock is released.
 */
@ApplicationScoped
public class PublishStore {

    private final Clock clock = Clock.systemUTC();
    private final SecureRandom random = new SecureRandom();
    private final AtomicLong ids = new AtomicLong(2247483647L);
    private final Map<String, PublishJob> byPublishId = new LinkedHashMap<>();
    private final DraftStore drafts;
    private final SandboxConfig.Publish config;
    private final Event<StateChanged> changed;

    PublishStore(DraftStore drafts, SandboxConfig config, Event<StateChanged> changed) {
        this.drafts = drafts;
        this.config = config.publish();
        this.changed = changed;
    }

    PublishJob submit(Draft draft, int outcome) {
        byte[] articleId = new byte[24];
        random.nextBytes(articleId);
        PublishJob job;
        synchronized (this) {
            long id = ids.incrementAndGet();
            job = new PublishJob(Long.toString(id), Long.toString(id + 1_000_000_000L), draft.appId(),
                    draft.mediaId(), draft.articles(), clock.instant().plus(config.duration()), outcome,
                    HexFormat.of().formatHex(articleId));
            byPublishId.put(job.publishId(), job);
        }
        changed.fire(StateChanged.PUBLISHING);
        return job;
    }

    /** Settles every job whose time has come; answers those settled now (for PUBLISHJOBFINISH). */
    List<PublishJob> settle() {
        List<PublishJob> settled = new ArrayList<>();
        synchronized (this) {
            Instant now = clock.instant();
            for (PublishJob job : byPublishId.values()) {
                if (!job.settled() && !now.isBefore(job.finishAt())) {
                    job.settle();
                    if (job.status() == PublishStatus.PUBLISHED) {
                        drafts.remove(job.mediaId());
                    }
                    settled.add(job);
                }
            }
        }
        if (!settled.isEmpty()) {
            changed.fire(StateChanged.PUBLISHING);
        }
        return settled;
    }

    /** The jobs still publishing, for {@link Publisher} to settle them at their time after a restart. */
    synchronized List<PublishJob> publishing() {
        return byPublishId.values().stream().filter(job -> !job.settled()).toList();
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

    void delete(PublishJob job, int idx) {
        synchronized (this) {
            job.delete(idx);
        }
        changed.fire(StateChanged.PUBLISHING);
    }

    public boolean ban(String articleId) {
        Optional<PublishJob> job;
        synchronized (this) {
            job = byArticleId(articleId);
            job.ifPresent(PublishJob::ban);
        }
        job.ifPresent(banned -> changed.fire(StateChanged.PUBLISHING));
        return job.isPresent();
    }

    /** The account's settled jobs that published, newest first. */
    public synchronized List<PublishJob> publishedOf(String appId) {
        List<PublishJob> published = new ArrayList<>(byPublishId.values().stream()
                .filter(job -> job.appId().equals(appId) && job.articleId() != null).toList());
        Collections.reverse(published);
        return published;
    }

    public void clear() {
        synchronized (this) {
            byPublishId.clear();
        }
        changed.fire(StateChanged.PUBLISHING);
    }

    /** Every job, oldest first, for the state directory. */
    public synchronized List<PublishJob.Saved> snapshot() {
        return byPublishId.values().stream().map(PublishJob::saved).toList();
    }

    /** Keeps the jobs the state directory held before a restart, oldest first; new jobs get higher publish ids. */
    public synchronized void restore(List<PublishJob.Saved> jobs) {
        for (PublishJob.Saved saved : jobs) {
            byPublishId.put(saved.publishId(), PublishJob.of(saved));
            ids.accumulateAndGet(Long.parseLong(saved.publishId()), Math::max);
        }
    }
}
