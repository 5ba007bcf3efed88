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
        Map<String, Object> problem = SwitchesProblem.of("invalid-request", "Invalid request", 400,
                "1 field(s) of the request are invalid.", uri.getPath());
        Map<String, String> error = new LinkedHashMap<>();
        if (exception.field() != null) {
            error.put("field", exception.field());
        }
        error.put("rule", exception.rule());
        problem.put("errors", List.of(error));
        return SwitchesProblem.answer(problem).build();
    }
}
