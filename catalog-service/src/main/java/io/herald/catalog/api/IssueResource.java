package io.herald.catalog.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.herald.catalog.issues.IssueDetail;
import io.herald.catalog.issues.IssueSummary;
import io.herald.catalog.issues.Issues;
import io.herald.service.params.Parameters;
import io.herald.service.problem.ProblemException;

/** Printed issues and their pages, made up of the articles readers may see. */
@Path("/issues")
@Produces(MediaType.APPLICATION_JSON)
public class IssueResource {

    private static final int MAX_LIMIT = 100;

    private final Issues issues;

    IssueResource(Issues issues) {
        this.issues = issues;
    }

    /** The newest issues first, of one publication when {@code publication} is given. */
    @GET
    public List<IssueSummary> latest(@QueryParam("publication") String publication,
            @QueryParam("limit") @DefaultValue("20") String limit) {
        int max = (int) Parameters.integer("limit", limit, 1, MAX_LIMIT);
        String filter = ArticleSearchResource.filter("publication", publication);
        return issues.latest(filter == null || filter.isBlank() ? null : filter, max);
    }

    /** One issue: its 本期导读 entries and its pages in numeric order, each with its articles. */
    @GET
    @Path("{publication}/{date}")
    public IssueDetail issue(@PathParam("publication") String publication, @PathParam("date") String date) {
        LocalDate issueDate = Parameters.date("date", date);
        return issues.find(publication, issueDate).orElseThrow(() -> ProblemException
                .notFound("no issue of " + publication + " dated " + issueDate + " with an article readers may see"));
    }
}
