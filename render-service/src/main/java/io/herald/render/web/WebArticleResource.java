package io.herald.render.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.herald.render.problem.ArticleNotFoundException;
import io.herald.render.problem.ArticleNotPublishedException;
import io.herald.render.store.RenditionRepository;

@Path("/web/articles")
public class WebArticleResource {

    private final RenditionRepository renditions;

    WebArticleResource(RenditionRepository renditions) {
        this.renditions = renditions;
    }

    @GET
    @Path("{id}")
    @Produces("text/html; charset=UTF-8")
    @Operation(summary = "The article's web page, as rendered from its newest revision: 410 once killed, 404 while "
            + "withheld or under embargo")
    public String page(@PathParam("id") String articleId) {
        return renditions.visibility(articleId)
                .visibleOrThrow(ArticleNotFoundException::new, ArticleNotPublishedException::new).webHtml;
    }
}
