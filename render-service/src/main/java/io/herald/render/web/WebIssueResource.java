package io.herald.render.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.herald.events.ArticleSubmitted;
import io.herald.render.store.RenditionRepository;
import io.herald.service.params.Parameters;

/** A printed issue's web pages, made from its articles visible now each time they are asked for. */
@Path("/web/issues/{publication}/{date}")
@Produces("text/html; charset=UTF-8")
public class WebIssueResource {

    private final RenditionRepository renditions;
    private final IssuePage issuePage;

    WebIssueResource(RenditionRepository renditions, IssuePage issuePage) {
        this.renditions = renditions;
        this.issuePage = issuePage;
    }

    @GET
    @Operation(summary = "The issue's front page: masthead, 本期导读 and every page's visible articles")
    public String front(@PathParam("publication") String publication, @PathParam("date") String date) {
        return issuePage.front(articles(publication, date));
    }

    @GET
    @Path("pages/{page}")
    @Operation(summary = "One page of the issue, by its number (1 for 01版)")
    public String page(@PathParam("publication") String publication, @PathParam("date") String date,
            @PathParam("page") String page) {
        LocalDate issueDate = issueDate(date);
        int pageNumber = pageNumber(page);
        return issuePage.page(articles(publication, issueDate), pageNumber);
    }

    private List<ArticleSubmitted> articles(String publication, String date) {
        return articles(publication, issueDate(date));
    }

    private List<ArticleSubmitted> articles(String publication, LocalDate issueDate) {
        List<ArticleSubmitted> articles = renditions.visibleInIssue(publication, issueDate).stream()
                .map(rendition -> rendition.document).toList();
        if (articles.isEmpty()) {
            throw new IssueNotFoundException(publication, issueDate, null);
        }
        return articles;
    }

    private static LocalDate issueDate(String date) {
        return Parameters.date("date", date);
    }

    private static int pageNumber(String page) {
        return (int) Parameters.integer("page", page, 1, 9999, "must be a page number from 1 to 9999 (1 for 01版)");
    }
}
