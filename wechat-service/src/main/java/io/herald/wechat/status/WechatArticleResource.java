package io.herald.wechat.status;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.herald.wechat.store.Delivery;
import io.herald.wechat.store.DeliveryRepository;

/** {@code GET /wechat/articles/{id}}: the article's state on each official account. */
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
        return view(deliveries, articleId);
    }

    static ArticleChannelView view(DeliveryRepository deliveries, String articleId) {
        List<Delivery> found = deliveries.ofArticle(articleId);
        if (found.isEmpty()) {
            throw new WechatArticleNotFoundException(articleId);
        }
        return new ArticleChannelView(articleId, found.stream().map(AccountDeliveryView::of).toList());
    }
}
