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

/** Operators' endpoints of the channel: retry an article's failed deliveries, resume a paused account. */
@Path("/wechat")
@Produces(MediaType.APPLICATION_JSON)
@OperatorOnly
@SecurityRequirement(name = OperatorOnly.SECURITY_SCHEME)
public class WechatOperatorResource {

    private final DeliveryRepository deliveries;
    private final AccountPauseRepository pauses;
    private final WechatConfig config;

    WechatOperatorResource(DeliveryRepository deliveries, AccountPauseRepository pauses, WechatConfig config) {
        this.deliveries = deliveries;
        this.pauses = pauses;
        this.config = config;
    }

    /** Tries the article's failed deliveries again, with fresh attempts; answers the article's state. */
    @POST
    @Path("/articles/{id}/retry")
    @Transactional
    public ArticleChannelView retry(@PathParam("id") String articleId) {
        ArticleChannelView before = WechatArticleResource.view(deliveries, articleId);
        if (deliveries.retryFailed(articleId) == 0) {
            throw new ProblemException("nothing-to-retry", "Nothing to retry", 409, "article " + articleId
                    + " has failed on no account: " + before.accounts().stream()
                            .map(account -> account.account() + " " + account.state()).toList());
        }
        deliveries.getEntityManager().flush();
        deliveries.getEntityManager().clear();
        return WechatArticleResource.view(deliveries, articleId);
    }

    /** Ends the account's pause (daily quota, or an operator's problem fixed); its paused articles go on. */
    @POST
    @Path("/accounts/{name}/resume")
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
