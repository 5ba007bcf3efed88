package io.herald.render.wechat;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.herald.events.ArticleRendered;
import io.herald.render.store.Rendition;
import io.herald.render.store.RenditionRepository;

@Path("/wechat/articles")
public class WechatArticleResource {

    /**
     * The article's WeChat {@code draft/add} article (its fields, {@code publishable} and {@code problems} side by
     * side with these), with the article, revision and status it belongs to. An unpublished article (killed or
     * withheld) shows its status only, no draft: as on articles.rendered, nothing is left for a channel to publish.
     */
    public record WechatDraft(String articleId, int revision, ArticleRendered.Status status,
            @JsonUnwrapped ArticleRendered.WechatArticle draft) {

        static WechatDraft of(Rendition rendition) {
            ArticleRendered.Status status = rendition.status();
            return new WechatDraft(rendition.articleId, rendition.revision, status,
                    status == ArticleRendered.Status.PUBLISHED ? rendition.wechat : null);
        }
    }

    private final RenditionRepository renditions;

    WechatArticleResource(RenditionRepository renditions) {
        this.renditions = renditions;
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The article's WeChat draft, as rendered from its newest revision, with its status and "
            + "whether it meets WeChat's limits")
    public WechatDraft draft(@PathParam("id") String articleId) {
        return WechatDraft.of(renditions.require(articleId));
    }
}
