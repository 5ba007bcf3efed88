package io.herald.wechat.status;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import io.herald.service.operator.OperatorOnly;
import io.herald.service.problem.ProblemException;
import io.herald.wechat.api.AccessTokens;
import io.herald.wechat.config.WechatConfig;
import io.herald.wechat.store.AccountPauseRepository;
import io.herald.wechat.store.DeliveryRepository;

/** Operators' endpoints of the accounts: their health, and resuming one after a pause. */
@Path("/wechat/accounts")
@Produces(MediaType.APPLICATION_JSON)
@OperatorOnly
@SecurityRequirement(name = OperatorOnly.SECURITY_SCHEME)
public class WechatAccountResource {

    /** The most failed articles shown per account. */
    private static final int LAST_ERRORS = 5;

    private final DeliveryRepository deliveries;
    private final AccountPauseRepository pauses;
    private final AccessTokens tokens;
    private final WechatConfig config;

    WechatAccountResource(DeliveryRepository deliveries, AccountPauseRepository pauses, AccessTokens tokens,
            WechatConfig config) {
        this.deliveries = deliveries;
        this.pauses = pauses;
        this.tokens = tokens;
        this.config = config;
    }

    /** Each configured account's health, by name: its token, its pause, its articles by state, its last errors. */
    @GET
    public List<AccountHealth> accounts() {
        Instant now = Instant.now();
        return new TreeMap<>(config.accounts()).entrySet().stream().map(entry -> {
            String account = entry.getKey();
            Optional<Instant> refreshAt = tokens.refreshAt(account);
            return new AccountHealth(account, entry.getValue().appId(),
                    entry.getValue().policy().name().toLowerCase(Locale.ROOT),
                    new AccountHealth.Token(refreshAt.isPresent(), refreshAt.orElse(null)),
                    pauses.current(account, now).map(pause -> new AccountHealth.Pause(pause.reason, pause.pausedAt,
                            pause.pausedUntil)).orElse(null),
                    deliveries.countByState(account),
                    deliveries.lastErrors(account, LAST_ERRORS).stream().map(delivery -> new AccountHealth.LastError(
                            delivery.articleId, delivery.state.label(), delivery.revision, delivery.lastError,
                            delivery.updatedAt)).toList());
        }).toList();
    }

    /** Ends the account's pause (daily quota, or an operator's problem fixed); its paused articles go on. */
    @POST
    @Path("/{name}/resume")
    @Transactional
    public AccountResumed resume(@PathParam("name") String account) {
        if (config.account(account).isEmpty()) {
            throw new ProblemException("account-not-found", "Account not found", 404, "no WeChat account " + account
                    + " is configured (herald.wechat.accounts." + account + ".app-id)");
        }
        boolean wasPaused = pauses.resume(account);
        return new AccountResumed(account, wasPaused, deliveries.resumeAccount(account));
    }

    /** What resuming an account did. */
    public record AccountResumed(String account, boolean wasPaused, int articlesResumed) {
    }
}
