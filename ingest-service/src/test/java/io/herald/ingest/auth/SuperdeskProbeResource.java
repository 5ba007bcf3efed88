package io.herald.ingest.auth;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Test build only: a resource under /superdesk/ that answers who called and what body reached it. */
@Path("/superdesk/auth-probe")
public class SuperdeskProbeResource {

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.TEXT_PLAIN)
    public String post(String body) {
        caller.requireFormat(IntakeFormat.SUPERDESK);
        return caller.source() + " " + body;
    }

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String get() {
        return caller.source();
    }
}
