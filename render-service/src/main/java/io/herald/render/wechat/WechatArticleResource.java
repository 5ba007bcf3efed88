package io.herald.render.wechat;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.herald.events.ArticleRendered;
import io.herald.render.store.Rendition;
import io.herald.render.store.RenditionRepository;

@Path("/wechat/articles")
public class WechatArticleResource {

    /** The WeChat {@code draft/add} article fields, with the article, revision and status they belong to. */
    public record WechatDraft(
            String articleId,
            int revision,
            ArticleRendered.Status status,
            String title,
            String author,
            String digest,
            String content,
            @JsonProperty("content_source_url") String contentSourceUrl) {

        static WechatDraft of(Rendition rendition) {
            ArticleRendered.WechatArticle wechat = rendition.wechat;
            return new WechatDraft(rendition.articleId, rendition.revision, rendition.status(), wechat.title(),
                    wechat.author(), wechat.digest(), wechat.content(), wechat.contentSourceUrl());
        }
    }

    private final RenditionRepository renditions;

    WechatArticleResource(RenditionRepository renditions) {
        this.renditions = renditions;
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The article's WeChat draft, as rendered from its newest revision")
    public WechatDraft draft(@PathParam("id") String articleId) {
        return WechatDraft.of(renditions.require(articleId));
    }
}
