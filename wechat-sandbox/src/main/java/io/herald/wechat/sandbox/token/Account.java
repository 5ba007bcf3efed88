package io.herald.wechat.sandbox.token;

/**
 * An official account the sandbox knows.
 *
 * @param name   its name in the configuration ({@code herald.wechat-sandbox.accounts.<name>})
 * @param appId  WeChat's AppID
 * @param secret WeChat's AppSecret
 */
public record Account(String name, String appId, String secret) {

    /** The account's original id, as WeChat's events name it in ToUserName. */
    public String originalId() {
        return "gh_" + name;
    }
}
