package io.herald.catalog.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.herald.catalog.store.Article;
import io.herald.catalog.store.ArticleRepository;

@Path("/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {

    private final ArticleRepository articles;

    ArticleResource(ArticleRepository articles) {
        this.articles = articles;
    }

    /** The current revision of one article. */
    @GET
    @Path("{id}")
    public ArticleView article(@PathParam("id") String id) {
        Article article = articles.findById(id);
        if (article == null) {
            throw new ProblemException(Problem.notFound("no article with id " + id));
        }
        return ArticleView.of(article);
    }
}
