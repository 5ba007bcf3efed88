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
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.herald.render.InvalidParameterException;
import io.herald.render.Problems;
import io.herald.service.operator.OperatorOnly;

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

    @ServerExceptionMapper
    public Response notFound(ParkedEventNotFoundException e, UriInfo uri) {
        return Problems.respond(new Problems.Problem("urn:herald:problem:parked-event-not-found",
                "Parked event not found", 404, e.getMessage(), uri.getPath()));
    }

    @ServerExceptionMapper
    public Response superseded(ParkedEventSupersededException e, UriInfo uri) {
        return Problems.respond(new Problems.Problem("urn:herald:problem:parked-event-superseded",
                "Parked event superseded", 409, e.getMessage(), uri.getPath()));
    }

    private static int limit(String limit) {
        try {
            int value = Integer.parseInt(limit);
            if (value >= 1 && value <= MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InvalidParameterException("limit", "must be an integer from 1 to " + MAX_LIMIT, limit);
    }

    private static UUID uuid(String eventId) {
        try {
            return UUID.fromString(eventId);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("eventId", "must be a UUID (the event's ce_id)", eventId);
        }
    }
}
