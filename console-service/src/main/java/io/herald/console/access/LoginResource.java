package io.herald.console.access;

import java.net.URI;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;

import io.herald.console.ConsoleConfig;
import io.herald.service.operator.OperatorKeys;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The login form: an operator gives one of the operator keys ({@code HERALD_OPERATOR_KEYS}) once, and the browser
 * keeps it in the session cookie ({@link OperatorSession}). API clients send {@code Authorization: Bearer <key>}
 * instead and never need it.
 */
@Path(LoginResource.PATH)
@Produces(MediaType.TEXT_HTML)
public class LoginResource {

    static final String PATH = "/login";
    private static final Logger LOG = Logger.getLogger(LoginResource.class);

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance login(String next, String message, boolean configured);
    }

    private final OperatorKeys keys;
    private final ConsoleConfig config;

    LoginResource(OperatorKeys keys, ConsoleConfig config) {
        this.keys = keys;
        this.config = config;
    }

    @GET
    public TemplateInstance form(@QueryParam("next") String next, @QueryParam("ended") boolean ended) {
        return Templates.login(safeNext(next), ended ? "Your session ended: the key is no longer an operator key."
                : null, !keys.isEmpty());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response login(@FormParam("key") String key, @FormParam("next") String next) {
        String back = safeNext(next);
        if (keys.isEmpty()) {
            return page(403, back, "No operator key is configured: the console refuses everyone until "
                    + "HERALD_OPERATOR_KEYS names one.");
        }
        if (key == null || key.isBlank()) {
            return page(400, back, "key: must not be blank.");
        }
        String name = keys.nameOf(key.strip()).orElse(null);
        if (name == null) {
            LOG.warn("Console login with an unknown key refused");
            return page(401, back, "That key is not one of the operator keys.");
        }
        LOG.info("operator " + name + " signed in to the console");
        return Response.seeOther(URI.create(back)).cookie(OperatorSession.open(key.strip(), config.session()))
                .build();
    }

    private Response page(int status, String next, String message) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.login(next, message, !keys.isEmpty())).build();
    }

    /** Where to go after the login: a path of this console, never another site. */
    static String safeNext(String next) {
        boolean local = next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")
                && next.chars().noneMatch(Character::isISOControl);
        return local ? next : "/";
    }
}
