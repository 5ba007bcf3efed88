package io.herald.render;

import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.herald.render.web.IssueNotFoundException;

/** Errors as RFC 9457 {@code application/problem+json}; types are {@code urn:herald:problem:*} URNs. */
public class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** The body of a problem response; {@code errors} names each invalid parameter and its rule. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

        public Problem(String type, String title, int status, String detail, String instance) {
            this(type, title, status, detail, instance, List.of());
        }
    }

    /** One invalid request parameter, e.g. {@code page}: {@code must be a page number …}. */
    public record FieldError(String field, String rule) {
    }

    @ServerExceptionMapper
    public Response articleNotFound(ArticleNotFoundException e, UriInfo uri) {
        return respond(new Problem("urn:herald:problem:article-not-found", "Article not found", 404,
                "No rendition of article '" + e.articleId() + "' exists", uri.getPath()));
    }

    /** A killed article is gone (410); a withheld or embargoed one is not found (404) until it may be shown. */
    @ServerExceptionMapper
    public Response articleNotPublished(ArticleNotPublishedException e, UriInfo uri) {
        return respond(e.withdrawn()
                ? new Problem("urn:herald:problem:gone", "Article withdrawn", 410,
                        "Article '" + e.articleId() + "' was withdrawn", uri.getPath())
                : new Problem("urn:herald:problem:article-not-found", "Article not found", 404,
                        "Article '" + e.articleId() + "' is not published now", uri.getPath()));
    }

    @ServerExceptionMapper
    public Response issueNotFound(IssueNotFoundException e, UriInfo uri) {
        return respond(new Problem("urn:herald:problem:issue-not-found", "Issue not found", 404, e.getMessage(),
                uri.getPath()));
    }

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterException e, UriInfo uri) {
        return respond(new Problem("urn:herald:problem:invalid-parameter", "Invalid parameter", 400, e.getMessage(),
                uri.getPath(), List.of(new FieldError(e.parameter(), e.rule()))));
    }

    /** The response carrying {@code problem}, with its status. */
    public static Response respond(Problem problem) {
        return Response.status(problem.status()).type(MEDIA_TYPE).entity(problem).build();
    }
}
