package io.herald.wechat.sandbox.api;

/** A WeChat call that fails: answered with HTTP 200 and {@code {errcode, errmsg}} ({@link WechatExceptionMapper}). */
public class WechatException extends RuntimeException {

    private final transient WechatError error;

    WechatException(WechatError error, String errmsg) {
        super(errmsg, null, false, false);
        this.error = error;
    }

    public WechatError error() {
        return error;
    }
}
