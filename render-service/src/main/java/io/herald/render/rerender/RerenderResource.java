package io.herald.render.rerender;

import java.net.URI;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.herald.render.Problems;
import io.herald.render.InvalidParameterException;
import io.herald.service.operator.OperatorOnly;

/** Re-rendering every rendition after a template change: start one, follow it (README, "Operating render"). */
@Path("/admin/rerender")
@OperatorOnly
@SecurityRequirement(name = OperatorOnly.SECURITY_SCHEME)
@Produces(MediaType.APPLICATION_JSON)
public class RerenderResource {

    private final Rerender rerender;

    RerenderResource(Rerender rerender) {
        this.rerender = rerender;
    }

    @POST
    @Operation(summary = "Starts re-rendering every rendition in the background (202); 409 while one is running."
            + " dryRun=true renders and compares only")
    public Response start(@QueryParam("dryRun") @DefaultValue("false") String dryRun) {
        if (!dryRun.equals("true") && !dryRun.equals("false")) {
            throw new InvalidParameterException("dryRun", "must be true or false", dryRun);
        }
        return Response.accepted(rerender.start(Boolean.parseBoolean(dryRun))).location(URI.create("/admin/rerender"))
                .build();
    }

    @GET
    @Operation(summary = "The running or last re-render of this instance; 404 when none has run")
    public Response status(UriInfo uri) {
        return rerender.status().map(Response::ok)
                .orElseGet(() -> problem(Response.Status.NOT_FOUND, "urn:herald:problem:no-rerender",
                        "No re-render", "no re-render has run on this instance", uri))
                .build();
    }

    @ServerExceptionMapper
    public Response running(RerenderRunningException e, UriInfo uri) {
        return problem(Response.Status.CONFLICT, "urn:herald:problem:rerender-running", "A re-render is running",
                e.getMessage(), uri).build();
    }

    private static Response.ResponseBuilder problem(Response.Status status, String type, String title, String detail,
            UriInfo uri) {
        return Response.status(status).type(Problems.MEDIA_TYPE)
                .entity(new Problems.Problem(type, title, status.getStatusCode(), detail, uri.getPath()));
    }
}
