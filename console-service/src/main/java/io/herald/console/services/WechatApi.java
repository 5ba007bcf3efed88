package io.herald.console.services;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

/** wechat-service's API as the console uses it: an article's state per account, the accounts' health. */
@ApplicationScoped
public class WechatApi {

    private final ServiceCalls calls;

    WechatApi(ServiceCalls calls) {
        this.calls = calls;
    }

    /** An article on one official account. */
    public record AccountDelivery(String account, String state, int revision, String status, String mediaId,
            String publishId, String articleUrl, int attempts, String lastError, Instant nextAttemptAt,
            String withdrawnBecause) {
    }

    /** An article on the WeChat channel: its state on each account. */
    public record ArticleChannel(String articleId, List<AccountDelivery> accounts) {
    }

    /** The account's access token as the channel holds it. */
    public record Token(boolean held, Instant refreshAt) {
    }

    /** Why and until when the channel does not call the account. */
    public record Pause(String reason, Instant pausedAt, Instant pausedUntil) {
    }

    /** An article whose last attempt on the account failed, and why. */
    public record LastError(String articleId, String state, int revision, String lastError, Instant updatedAt) {
    }

    /** One official account's health. */
    public record AccountHealth(String account, String appId, String policy, Token token, Pause pause,
            Map<String, Long> articles, List<LastError> lastErrors) {
    }

    /** {@code GET /wechat/articles/{id}}; empty when the channel has not heard of the article. */
    public Optional<ArticleChannel> article(String articleId) {
        return calls.get(HeraldService.WECHAT, "/wechat/articles/" + ServiceCalls.segment(articleId), Map.of(),
                ArticleChannel.class).found();
    }

    /** {@code GET /wechat/accounts}: every configured account's health. */
    public List<AccountHealth> accounts() {
        return List.of(calls.get(HeraldService.WECHAT, "/wechat/accounts", Map.of(), AccountHealth[].class)
                .orThrow());
    }

    /** {@code POST /wechat/accounts/{name}/resume}. */
    public ServiceAnswer<Object> resume(String account) {
        return calls.post(HeraldService.WECHAT, "/wechat/accounts/" + ServiceCalls.segment(account) + "/resume",
                Map.of(), Object.class);
    }
}
