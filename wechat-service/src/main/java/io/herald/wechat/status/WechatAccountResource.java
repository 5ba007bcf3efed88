package io.herald.wechat.status;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import io.herald.service.operator.OperatorOnly;
import io.herald.service.problem.ProblemException;
import io.herald.wechat.config.WechatConfig;
import io.herald.wechat.store.AccountPauseRepository;
import io.herald.wechat.store.DeliveryRepository;

/** Operators' endpoint of an account: resume it after a pause. */
@Path("/wechat/accounts")
@Produces(MediaType.APPLICATION_JSON)
@OperatorOnly
@SecurityRequirement(name = OperatorOnly.SECURITY_SCHEME)
public class WechatAccountResource {

    private final DeliveryRepository deliveries;
    private final AccountPauseRepository pauses;
    private final WechatConfig config;

    WechatAccountResource(DeliveryRepository deliveries, AccountPauseRepository pauses, WechatConfig config) {
        this.deliveries = deliveries;
        this.pauses = pauses;
        this.config = config;
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
