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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import io.herald.service.operator.OperatorOnly;
import io.herald.service.params.Parameters;
import io.herald.service.problem.ProblemException;

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
        return Response.accepted(rerender.start(Parameters.bool("dryRun", dryRun)))
                .location(URI.create("/admin/rerender")).build();
    }

    @GET
    @Operation(summary = "The running or last re-render of this instance; 404 when none has run")
    public RerenderStatus status() {
        return rerender.status().orElseThrow(() -> new ProblemException("no-rerender", "No re-render", 404,
                "no re-render has run on this instance"));
    }
}
