package io.herald.ingest.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem details body, with the invalid fields of the request when there are any.
 *
 * @param type     a URI naming the kind of problem; {@code about:blank} when the status says it all
 * @param title    short, the same for every occurrence of the type
 * @param status   the HTTP status
 * @param detail   what went wrong this time
 * @param instance the request path
 * @param errors   one entry per invalid field
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * One invalid field of the request.
     *
     * @param field the path to the field, e.g. {@code body[0].text}; absent when the whole body is at fault
     * @param rule  what the field must be, e.g. {@code must not be blank}
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldError(String field, String rule) {
    }
}
