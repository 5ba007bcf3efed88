package io.herald.console.access;

import java.net.URI;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import io.herald.console.ConsoleConfig;

/** Ends the browser's operator session. */
@Path("/logout")
public class LogoutResource {

    private final ConsoleConfig config;

    LogoutResource(ConsoleConfig config) {
        this.config = config;
    }

    @POST
    public Response logout() {
        return Response.seeOther(URI.create(LoginResource.PATH)).cookie(OperatorSession.close(config.session()))
                .build();
    }
}
