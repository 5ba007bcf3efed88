package io.herald.render;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Errors as RFC 9457 {@code application/problem+json}. */
public class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** The body of a problem response. */
    public record Problem(String type, String title, int status, String detail, String instance) {
    }

    @ServerExceptionMapper
    public Response articleNotFound(ArticleNotFoundException e, UriInfo uri) {
        Problem problem = new Problem("urn:herald:problem:article-not-found", "Article not found", 404,
                "No rendition of article '" + e.articleId() + "' exists", uri.getPath());
        return Response.status(Response.Status.NOT_FOUND).type(MEDIA_TYPE).entity(problem).build();
    }
}
