package io.herald.wechat.status;

import java.util.List;

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
import io.herald.wechat.store.Delivery;
import io.herald.wechat.store.DeliveryRepository;

/**
 * {@code GET /wechat/articles/{id}}: the article's state on each official account; operators retry its failed
 * deliveries.
 */
@Path("/wechat/articles")
@Produces(MediaType.APPLICATION_JSON)
public class WechatArticleResource {

    private final DeliveryRepository deliveries;

    WechatArticleResource(DeliveryRepository deliveries) {
        this.deliveries = deliveries;
    }

    @GET
    @Path("/{id}")
    public ArticleChannelView article(@PathParam("id") String articleId) {
        return view(articleId);
    }

    /** Tries the article's failed deliveries again, with fresh attempts; answers the article's state. */
    @POST
    @Path("/{id}/retry")
    @OperatorOnly
    @SecurityRequirement(name = OperatorOnly.SECURITY_SCHEME)
    @Transactional
    public ArticleChannelView retry(@PathParam("id") String articleId) {
        ArticleChannelView before = view(articleId);
        if (deliveries.retryFailed(articleId) == 0) {
            throw new ProblemException("nothing-to-retry", "Nothing to retry", 409, "article " + articleId
                    + " has failed on no account: " + before.accounts().stream()
                            .map(account -> account.account() + " " + account.state()).toList());
        }
        deliveries.getEntityManager().flush();
        deliveries.getEntityManager().clear();
        return view(articleId);
    }

    private ArticleChannelView view(String articleId) {
        List<Delivery> found = deliveries.ofArticle(articleId);
        if (found.isEmpty()) {
            throw new WechatArticleNotFoundException(articleId);
        }
        return new ArticleChannelView(articleId, found.stream().map(AccountDeliveryView::of).toList());
    }
}
