package io.herald.wechat.api;

import java.util.List;

/**
 * What {@code freepublish/get} says of a publication.
 *
 * @param status     0 published, 1 publishing, 2 original-content check failed, 3 failed, 4 rejected by review,
 *                   5 deleted after publishing, 6 banned after publishing
 * @param articleId  the published article's id, for {@code freepublish/delete}
 * @param articleUrl the published article's address
 * @param failIdx    the indexes of the articles that failed
 */
public record PublishStatus(int status, String articleId, String articleUrl, List<Integer> failIdx) {

    public static final int PUBLISHED = 0;
    public static final int PUBLISHING = 1;

    /** What a failed or withdrawn publication's status means, in words. */
    public String reason() {
        return switch (status) {
            case 2 -> "original-content check failed";
            case 3 -> "publication failed";
            case 4 -> "rejected by WeChat's review";
            case 5 -> "deleted after publishing";
            case 6 -> "banned after publishing";
            default -> "publish_status " + status;
        } + (failIdx.isEmpty() ? "" : " (fail_idx " + failIdx + ")");
    }
}
