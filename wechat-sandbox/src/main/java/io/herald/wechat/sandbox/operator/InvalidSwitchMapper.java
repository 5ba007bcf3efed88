package io.herald.wechat.sandbox.operator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Answers {@link InvalidSwitchException} as Herald's services answer bad input: 400, {@code application/problem+json}
 * of type {@code urn:herald:problem:invalid-request} with {@code errors [{field, rule}]}.
 */
@Provider
public class InvalidSwitchMapper implements ExceptionMapper<InvalidSwitchException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(InvalidSwitchException exception) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "urn:herald:problem:invalid-request");
        problem.put("title", "Invalid request");
        problem.put("status", 400);
        problem.put("detail", "1 field(s) of the request are invalid.");
        problem.put("instance", "/" + uri.getPath().replaceFirst("^/", ""));
        Map<String, String> error = new LinkedHashMap<>();
        if (exception.field() != null) {
            error.put("field", exception.field());
        }
        error.put("rule", exception.rule());
        problem.put("errors", List.of(error));
        return Response.status(400).type("application/problem+json").entity(problem).build();
    }
}
