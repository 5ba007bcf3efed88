package io.herald.wechat.api;

import java.util.Set;

/**
 * What an errcode of WeChat means for the article that met it. WeChat documents them at its "global return codes";
 * the channel's answer to each is listed in the README.
 */
public final class ErrorPolicy {

    /** What the channel does after an error. */
    public enum Outcome {
        /** WeChat is busy (-1) or did not answer: try again after a growing wait. */
        RETRY_WITH_BACKOFF,
        /** The API's per-minute quota (45011): wait a while, not counted as a failed attempt. */
        BACK_OFF,
        /** The account's daily quota is spent (45009): pause the account until the quota resets. */
        PAUSE_ACCOUNT,
        /** The account lacks the permission or is blocked (48001, 40164): an operator must act. */
        NEEDS_OPERATOR,
        /** The article itself breaks a rule: fail it with WeChat's reason, no retry. */
        FAIL,
        /** Anything else: retried a bounded number of times, then failed. */
        RETRY_BOUNDED
    }

    private static final Set<Integer> CONTENT_ERRORS = Set.of(
            45002, // content too long
            45003, // title too long
            45004, // digest too long
            WechatException.INVALID_MEDIA_ID,
            40113, // unsupported file type
            45001, // media too large
            45110, // author too long
            53404, // the account may not publish this content
            87014); // content is not allowed

    private ErrorPolicy() {
    }

    public static Outcome of(int errcode) {
        if (errcode == WechatException.NO_ANSWER) {
            return Outcome.RETRY_WITH_BACKOFF;
        }
        if (errcode == 45011) {
            return Outcome.BACK_OFF;
        }
        if (errcode == 45009) {
            return Outcome.PAUSE_ACCOUNT;
        }
        if (errcode == 48001 || errcode == 40164) {
            return Outcome.NEEDS_OPERATOR;
        }
        if (CONTENT_ERRORS.contains(errcode)) {
            return Outcome.FAIL;
        }
        return Outcome.RETRY_BOUNDED;
    }
}
