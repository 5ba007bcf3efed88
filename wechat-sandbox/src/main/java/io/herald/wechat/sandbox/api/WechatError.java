package io.herald.wechat.sandbox.api;

/**
 * The errcodes the sandbox answers, each with the errmsg WeChat writes (WeChat's global return codes and those of the
 * draft and publishing APIs).
 */
public enum WechatError {
    SYSTEM_BUSY(-1, "system error"),
    INVALID_CREDENTIAL(40001, "invalid credential, access_token is invalid or not latest"),
    INVALID_GRANT_TYPE(40002, "invalid grant_type"),
    INVALID_MEDIA_TYPE(40004, "invalid media type"),
    INVALID_FILE_TYPE(40005, "invalid file type"),
    INVALID_MEDIA_ID(40007, "invalid media_id"),
    INVALID_IMAGE_SIZE(40009, "invalid image size"),
    INVALID_APPID(40013, "invalid appid"),
    INVALID_ACCESS_TOKEN(40014, "invalid access_token"),
    INVALID_PARAMETER(40035, "invalid args"),
    INVALID_APPSECRET(40125, "invalid appsecret"),
    ACCESS_TOKEN_MISSING(41001, "access_token missing"),
    MEDIA_DATA_MISSING(41005, "media data missing"),
    ACCESS_TOKEN_EXPIRED(42001, "access_token expired"),
    EMPTY_NEWS(44003, "empty news data"),
    CONTENT_TOO_LONG(45002, "content size out of limit"),
    TITLE_TOO_LONG(45003, "title size out of limit"),
    DIGEST_TOO_LONG(45004, "description size out of limit"),
    URL_TOO_LONG(45005, "url size out of limit"),
    DAILY_QUOTA(45009, "reach max api daily quota limit"),
    AUTHOR_TOO_LONG(45110, "author size out of limit"),
    DATA_FORMAT(47001, "data format error"),
    INVALID_ARTICLE_ID(53600, "Article ID 无效");

    private final int errcode;
    private final String errmsg;

    WechatError(int errcode, String errmsg) {
        this.errcode = errcode;
        this.errmsg = errmsg;
    }

    public int errcode() {
        return errcode;
    }

    public String errmsg() {
        return errmsg;
    }

    /** This error, to throw; the answer is HTTP 200 with {@code {errcode, errmsg}}. */
    public WechatException exception() {
        return new WechatException(this, errmsg);
    }

    /** This error with a message saying more, e.g. which article's title is too long. */
    public WechatException exception(String detail) {
        return new WechatException(this, errmsg + ": " + detail);
    }
}
