package io.herald.render.outbox;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import io.herald.service.operator.OperatorOnly;
import io.herald.service.params.Parameters;
import io.herald.service.problem.ProblemException;

/** The articles.rendered events Kafka refused for good, and sending one again once the cause is fixed. */
@Path("/admin/outbox/parked")
@OperatorOnly
@SecurityRequirement(name = OperatorOnly.SECURITY_SCHEME)
@Produces(MediaType.APPLICATION_JSON)
public class ParkedEventResource {

    private static final int MAX_LIMIT = 1000;

    private final ParkedEvents parkedEvents;

    ParkedEventResource(ParkedEvents parkedEvents) {
        this.parkedEvents = parkedEvents;
    }

    @GET
    @Operation(summary = "The parked articles.rendered events, parked first first: eventId, articleId, revision, "
            + "reason, parkedAt, attempts")
    public List<ParkedEvents.View> list(@QueryParam("limit") @DefaultValue("100") String limit) {
        return parkedEvents.list(limit(limit));
    }

    @POST
    @Path("{eventId}/resend")
    @Operation(summary = "Moves a parked event back to the outbox (202), to be sent after the events pending; 404 "
            + "when none is parked under that id, 409 when its article was announced since with a newer state")
    public Response resend(@PathParam("eventId") String eventId) {
        return Response.accepted(parkedEvents.resend(uuid(eventId))).build();
    }

    private static int limit(String limit) {
        return (int) Parameters.integer("limit", limit, 1, MAX_LIMIT);
    }

    private static UUID uuid(String eventId) {
        try {
            return UUID.fromString(eventId);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidParameter("eventId", "must be a UUID (the event's ce_id)", eventId);
        }
    }
}
