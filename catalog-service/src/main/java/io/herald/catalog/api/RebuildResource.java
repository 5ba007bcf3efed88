package io.herald.catalog.api;

import java.net.URI;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import io.herald.catalog.rebuild.CatalogRebuild;
import io.herald.catalog.rebuild.RebuildRunningException;
import io.herald.catalog.rebuild.RebuildStatus;
import io.herald.service.operator.OperatorOnly;
import io.herald.service.problem.ProblemException;

/** Rebuilding the catalog from {@code articles.submitted}: start one, follow it. */
@Path("/admin/rebuild")
@OperatorOnly
@SecurityRequirement(name = OperatorOnly.SECURITY_SCHEME)
@Produces(MediaType.APPLICATION_JSON)
public class RebuildResource {

    private final CatalogRebuild rebuild;

    RebuildResource(CatalogRebuild rebuild) {
        this.rebuild = rebuild;
    }

    /** Starts a rebuild in the background: 202 with its status, 409 when one is running. */
    @POST
    public Response start() {
        try {
            RebuildStatus started = rebuild.start();
            return Response.accepted(started).location(URI.create("/admin/rebuild")).build();
        } catch (RebuildRunningException e) {
            throw ProblemException.conflict(e.getMessage());
        }
    }

    /** The running or last rebuild of this instance. */
    @GET
    public RebuildStatus status() {
        return rebuild.status().orElseThrow(() -> ProblemException.notFound("no rebuild has run on this instance"));
    }
}
