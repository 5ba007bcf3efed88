package io.herald.wechat.api;

/** WeChat answered a call with a non-zero {@code errcode}, or did not answer with JSON at all. */
public class WechatException extends RuntimeException {

    /** The errcode of an answer that was not WeChat's JSON (a network failure, an HTML error page). */
    public static final int NO_ANSWER = -1;

    /** WeChat's "invalid media_id": no draft or material of the account has it (deleted, or never there). */
    public static final int INVALID_MEDIA_ID = 40007;

    private final int errcode;

    public WechatException(String api, int errcode, String errmsg) {
        super(api + " answered errcode " + errcode + ": " + errmsg);
        this.errcode = errcode;
    }

    public WechatException(String api, String problem, Throwable cause) {
        super(api + " did not answer: " + problem, cause);
        this.errcode = NO_ANSWER;
    }

    public int errcode() {
        return errcode;
    }
}
