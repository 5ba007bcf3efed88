package io.herald.render.wechat;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.herald.events.ArticleRendered;
import io.herald.render.problem.ArticleNotFoundException;
import io.herald.render.problem.ArticleNotPublishedException;
import io.herald.render.store.Rendition;
import io.herald.render.store.RenditionRepository;

@Path("/wechat/articles")
public class WechatArticleResource {

    /**
     * The article's WeChat {@code draft/add} article (its fields, {@code publishable} and {@code problems} side by
     * side with these), with the article, revision and status it belongs to: published, since only an article readers
     * may see now has a draft here.
     */
    public record WechatDraft(String articleId, int revision, ArticleRendered.Status status,
            @JsonUnwrapped ArticleRendered.WechatArticle draft) {

        static WechatDraft of(Rendition visible) {
            return new WechatDraft(visible.articleId, visible.revision, ArticleRendered.Status.PUBLISHED,
                    visible.wechat);
        }
    }

    private final RenditionRepository renditions;

    WechatArticleResource(RenditionRepository renditions) {
        this.renditions = renditions;
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The article's WeChat draft, as rendered from its newest revision, with whether it meets "
            + "WeChat's limits; like its web page: 410 once killed, 404 while withheld or under embargo")
    public WechatDraft draft(@PathParam("id") String articleId) {
        return WechatDraft.of(renditions.visibility(articleId)
                .visibleOrThrow(ArticleNotFoundException::new, ArticleNotPublishedException::new));
    }
}
