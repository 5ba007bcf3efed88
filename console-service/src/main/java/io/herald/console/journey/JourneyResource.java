package io.herald.console.journey;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import io.herald.console.services.CatalogApi;
import io.herald.service.operator.OperatorOnly;
import io.herald.service.problem.ProblemException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * An article's journey: found by its id or by words of its headline (the catalog's search), then each revision from
 * ingest's acknowledgement through the catalog and render to its state on each WeChat account.
 */
@Path("/articles")
@OperatorOnly
@SecurityRequirement(name = OperatorOnly.SECURITY_SCHEME)
public class JourneyResource {

    private static final int HITS = 20;
    private static final int MAX_QUERY_LENGTH = 200;

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance search(String q, List<CatalogApi.Hit> hits);

        static native TemplateInstance journey(Journey journey);
    }

    private final ArticleJourneys journeys;
    private final CatalogApi catalog;

    JourneyResource(ArticleJourneys journeys, CatalogApi catalog) {
        this.journeys = journeys;
        this.catalog = catalog;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Finds an article by its id (straight to its journey) or by words of its headline")
    public Response search(@QueryParam("q") String q) {
        String query = q == null ? "" : q.strip();
        if (query.codePointCount(0, query.length()) > MAX_QUERY_LENGTH) {
            throw ProblemException.invalidParameter("q", "must be at most " + MAX_QUERY_LENGTH + " characters", q);
        }
        if (query.isEmpty()) {
            return Response.ok(Templates.search("", List.of())).build();
        }
        if (catalog.revisions(query).isPresent()) {
            return Response.seeOther(UriBuilder.fromPath("/articles/{id}").build(query)).build();
        }
        return Response.ok(Templates.search(query, journeys.search(query, HITS))).build();
    }

    @GET
    @Path("{id: .+}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The article's journey page")
    public TemplateInstance page(@PathParam("id") String articleId) {
        return Templates.journey(journey(articleId));
    }

    @GET
    @Path("{id: .+}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The article's journey: each revision's times at ingest, the catalog and render, each"
            + " consumer's progress past it, its WeChat state, the letters parked for it")
    public Journey journey(@PathParam("id") String articleId) {
        return journeys.of(articleId).orElseThrow(() -> ProblemException.notFound("neither catalog-service nor "
                + "articles.submitted knows an article " + articleId));
    }
}
