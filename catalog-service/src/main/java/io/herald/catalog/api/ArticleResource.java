package io.herald.catalog.api;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.herald.catalog.store.Article;
import io.herald.catalog.store.ArticleRepository;
import io.herald.catalog.store.ArticleRevisionRepository;
import io.herald.catalog.store.RevisionEntry;
import io.herald.catalog.store.VisibleArticles;
import io.herald.events.PubStatus;
import io.herald.service.problem.ProblemException;

@Path("/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {

    private final ArticleRepository articles;
    private final VisibleArticles visibleArticles;
    private final ArticleRevisionRepository revisions;

    ArticleResource(ArticleRepository articles, VisibleArticles visibleArticles, ArticleRevisionRepository revisions) {
        this.articles = articles;
        this.visibleArticles = visibleArticles;
        this.revisions = revisions;
    }

    /**
     * The current revision of one article, if readers may see it: a killed article is gone (410), a withheld
     * one or one under embargo is not found (404) until a later revision or the embargo's end.
     */
    @GET
    @Path("{id}")
    public ArticleView article(@PathParam("id") String id) {
        return visibleArticles.find(id).map(ArticleView::of).orElseThrow(() -> unavailable(id));
    }

    /** Every revision of one article, oldest first, also when it was killed or is withheld or embargoed. */
    @GET
    @Path("{id}/revisions")
    public ArticleRevisions revisions(@PathParam("id") String id) {
        List<RevisionEntry> history = revisions.history(id);
        if (history.isEmpty()) {
            throw ProblemException.notFound("no article with id " + id);
        }
        return new ArticleRevisions(id, history);
    }

    /** Why article {@code id} is not visible, as a problem. */
    private ProblemException unavailable(String id) {
        Article article = articles.findById(id);
        if (article == null) {
            return ProblemException.notFound("no article with id " + id);
        }
        if (article.pubStatus == PubStatus.CANCELED) {
            return ProblemException.gone("article " + id + " was killed by revision " + article.revision);
        }
        if (article.pubStatus == PubStatus.WITHHELD) {
            return ProblemException.notFound("article " + id + " is withheld since revision " + article.revision);
        }
        return ProblemException.notFound("article " + id + " is under embargo");
    }
}
