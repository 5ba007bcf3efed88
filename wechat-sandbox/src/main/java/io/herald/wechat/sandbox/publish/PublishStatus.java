package io.herald.wechat.sandbox.publish;

/** WeChat's publish_status values ({@code freepublish/get}, PUBLISHJOBFINISH). */
public final class PublishStatus {

    public static final int PUBLISHED = 0;
    public static final int PUBLISHING = 1;
    public static final int ORIGINALITY_FAILED = 2;
    public static final int FAILED = 3;
    public static final int REVIEW_REJECTED = 4;
    public static final int DELETED = 5;
    public static final int BANNED = 6;

    private PublishStatus() {
    }

    /** Whether the status is one review rejection may end a job in (2, 3, 4). */
    public static boolean isFailure(int status) {
        return status == ORIGINALITY_FAILED || status == FAILED || status == REVIEW_REJECTED;
    }
}
