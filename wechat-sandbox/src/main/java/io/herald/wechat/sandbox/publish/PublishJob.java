package io.herald.wechat.sandbox.publish;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import io.herald.wechat.sandbox.draft.DraftArticle;

/**
 * A publishing job from {@code freepublish/submit}: it answers 1 (publishing) until {@code finishAt}, then its
 * outcome, decided when submitted: 0 with an article id, or a failure status with {@code failIdx}. Deleting or
 * banning a published article later turns it into 5 or 6. Guarded by {@link PublishStore}.
 */
public final class PublishJob {

    private final String publishId;
    private final String msgDataId;
    private final String appId;
    private final String mediaId;
    private final List<DraftArticle> articles;
    private final Instant finishAt;
    private final int outcome;
    private final String articleId;
    private final Set<Integer> deletedIdx = new HashSet<>();
    private boolean settled;
    private Integer laterStatus;

    PublishJob(String publishId, String msgDataId, String appId, String mediaId, List<DraftArticle> articles,
            Instant finishAt, int outcome, String articleId) {
        this.publishId = publishId;
        this.msgDataId = msgDataId;
        this.appId = appId;
        this.mediaId = mediaId;
        this.articles = List.copyOf(articles);
        this.finishAt = finishAt;
        this.outcome = outcome;
        this.articleId = articleId;
    }

    public String publishId() {
        return publishId;
    }

    public String msgDataId() {
        return msgDataId;
    }

    public String appId() {
        return appId;
    }

    public String mediaId() {
        return mediaId;
    }

    public List<DraftArticle> articles() {
        return articles;
    }

    public Instant finishAt() {
        return finishAt;
    }

    /** The article id, once published; null while publishing and for failed jobs. */
    public String articleId() {
        return settled && outcome == PublishStatus.PUBLISHED ? articleId : null;
    }

    /** publish_status as WeChat answers it now. */
    public int status() {
        if (!settled) {
            return PublishStatus.PUBLISHING;
        }
        return laterStatus != null ? laterStatus : outcome;
    }

    /** The failed articles' numbers from 1 (statuses 2 to 4), else empty. */
    public List<Integer> failIdx() {
        if (!settled || !PublishStatus.isFailure(outcome)) {
            return List.of();
        }
        return IntStream.rangeClosed(1, articles.size()).boxed().toList();
    }

    /** Whether article {@code idx} (from 1) was deleted by the publisher. */
    public boolean deleted(int idx) {
        return deletedIdx.contains(idx) || Integer.valueOf(PublishStatus.DELETED).equals(laterStatus);
    }

    boolean settled() {
        return settled;
    }

    void settle() {
        settled = true;
    }

    /** Deletes article {@code idx} (from 1), or all when 0; all deleted is status 5. */
    void delete(int idx) {
        if (idx == 0) {
            laterStatus = PublishStatus.DELETED;
            return;
        }
        deletedIdx.add(idx);
        if (deletedIdx.size() >= articles.size()) {
            laterStatus = PublishStatus.DELETED;
        }
    }

    void ban() {
        laterStatus = PublishStatus.BANNED;
    }

    /** The job as the state directory keeps it. */
    Saved saved() {
        return new Saved(publishId, msgDataId, appId, mediaId, articles, finishAt, outcome, articleId,
                deletedIdx.stream().sorted().toList(), settled, laterStatus);
    }

    /** The job the state directory kept. */
    static PublishJob of(Saved saved) {
        PublishJob job = new PublishJob(saved.publishId(), saved.msgDataId(), saved.appId(), saved.mediaId(),
                saved.articles(), saved.finishAt(), saved.outcome(), saved.articleId());
        job.deletedIdx.addAll(saved.deletedIdx());
        job.settled = saved.settled();
        job.laterStatus = saved.laterStatus();
        return job;
    }

    /**
     * Everything a job is, for the state directory.
     *
     * @param outcome     the status it settles in, decided when submitted
     * @param articleId   the article id it has once published (also while publishing)
     * @param deletedIdx  the articles (from 1) the publisher deleted
     * @param settled     whether its final status has come
     * @param laterStatus 5 or 6 once deleted or banned after publishing, else null
     */
    public record Saved(String publishId, String msgDataId, String appId, String mediaId, List<DraftArticle> articles,
            Instant finishAt, int outcome, String articleId, List<Integer> deletedIdx, boolean settled,
            Integer laterStatus) {

        public Saved {
            articles = List.copyOf(articles);
            deletedIdx = List.copyOf(deletedIdx);
        }
    }
}
