package io.herald.wechat.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One official account's health, as {@code GET /wechat/accounts} shows it to operators (and the console).
 *
 * @param account    the account's configured name
 * @param appId      its AppID
 * @param policy     draft or publish
 * @param token      the access token this instance holds for it
 * @param pause      why and until when the channel does not call it (daily quota, or until an operator resumes
 *                   it); absent while it is not paused
 * @param articles   how many of its articles are in each state (waiting, drafted, published, failed, paused, ...)
 * @param lastErrors its articles whose last attempt failed, newest first
 */
public record AccountHealth(String account, String appId, String policy, Token token, Pause pause,
        Map<String, Long> articles, List<LastError> lastErrors) {

    /**
     * The access token this instance holds for the account.
     *
     * @param held      whether it holds one (else the next call fetches one)
     * @param refreshAt when it fetches a new one
     */
    public record Token(boolean held, Instant refreshAt) {
    }

    /** Why and until when the account is paused; {@code pausedUntil} absent: until an operator resumes it. */
    public record Pause(String reason, Instant pausedAt, Instant pausedUntil) {
    }

    /** An article whose last attempt on the account failed, and why. */
    public record LastError(String articleId, String state, int revision, String lastError, Instant updatedAt) {
    }
}
