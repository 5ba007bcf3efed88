package io.herald.service.problem;

import java.util.Comparator;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One invalid field of a request body, or one invalid request parameter.
 *
 * @param field the path to the field as the client wrote it, e.g. {@code body[0].text}, or the parameter's name;
 *              absent (left out of the JSON) when the whole body is at fault
 * @param rule  what the field must be, e.g. {@code must not be blank}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldError(String field, String rule) {

    /** By field (the whole body first), then by rule. */
    public static final Comparator<FieldError> BY_FIELD = Comparator
            .comparing(FieldError::field, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(FieldError::rule);
}
