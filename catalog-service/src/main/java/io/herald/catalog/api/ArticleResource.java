package io.herald.catalog.api;

import java.util.List;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.herald.catalog.store.Article;
import io.herald.catalog.store.ArticleRepository;

@Path("/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {

    private static final int MAX_LIMIT = 100;

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

    /** The most recently created articles, newest first. */
    @GET
    public List<ArticleSummary> latest(@QueryParam("limit") @DefaultValue("20") String limit) {
        return articles.latest(parseLimit(limit)).stream().map(ArticleSummary::of).toList();
    }

    private static int parseLimit(String limit) {
        try {
            int value = Integer.parseInt(limit);
            if (value >= 1 && value <= MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ProblemException(Problem.invalidParameter("limit", "must be an integer from 1 to " + MAX_LIMIT, limit));
    }
}
