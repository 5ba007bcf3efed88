package io.herald.ingest.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.herald.service.problem.Problem;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Checks what the HTTP layer would otherwise answer without a problem body, before any resource is routed:
 * a {@code Content-Length} over {@code quarkus.http.limits.max-body-size} is a 413 (just before Quarkus' own
 * check would answer an empty one; a chunked body without a length still meets that check once it has
 * read past the limit), and a {@code Content-Type} that is no media type at all is a 415.
 */
@ApplicationScoped
public class RequestPrechecks {

    private final long maxBytes;
    private final ObjectMapper json;

    public RequestPrechecks(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
            ObjectMapper json) {
        this.maxBytes = maxBodySize.asLongValue();
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::check);
    }

    private void check(RoutingContext request) {
        String length = request.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        String contentType = request.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (length != null && exceeds(length)) {
            request.response().putHeader("Connection", "close");
            answer(request, 413, "Content Too Large",
                    "The request body is larger than " + maxBytes + " bytes, the most this service accepts.");
        } else if (contentType != null && !isMediaType(contentType)) {
            answer(request, 415, "Unsupported Media Type", "Content-Type " + contentType + " is not a media type; "
                    + "/q/openapi lists what each endpoint accepts.");
        } else {
            request.next();
        }
    }

    private void answer(RoutingContext request, int status, String title, String detail) {
        try {
            Problem problem = new Problem(Problem.ABOUT_BLANK, title, status, detail, request.request().path());
            request.response().setStatusCode(status)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(Buffer.buffer(json.writeValueAsBytes(problem)));
        } catch (JsonProcessingException e) {
            request.fail(e);
        }
    }

    private boolean exceeds(String contentLength) {
        try {
            return Long.parseLong(contentLength.strip()) > maxBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isMediaType(String contentType) {
        try {
            MediaType.valueOf(contentType);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
