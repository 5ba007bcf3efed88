package io.herald.service.problem;

import java.util.Collection;
import java.util.Objects;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;

/**
 * What a client is told about a JSON body Jackson could not read: the field and its rule, or where the syntax
 * breaks, in the client's terms. Never the parser's internals: no {@code [Source: ...]}, no Java types.
 */
public final class UnreadableJson {

    /** Jackson's {@code [Source: REDACTED (...); line: 1, column: 2]}, which says where as line and column. */
    private static final Pattern SOURCE_AT = Pattern.compile("\\[Source: [^\\]]*?line: (\\d+), column: (\\d+)\\]");
    /** What is left of a {@code [Source: ...]}, or a parser setting named in backquotes. */
    private static final Pattern INTERNALS = Pattern.compile("\\s*\\[Source: [^\\]]*\\]|,? from `[^`]*`");

    private UnreadableJson() {
    }

    /** The field at which a JSON body could not be bound, with what it must be; no field for the whole body. */
    public static FieldError fieldError(JsonMappingException e) {
        String field = FieldPath.of(e.getPath());
        if (e instanceof PropertyBindingException unknown) {
            return new FieldError(field, "is not a field of this request" + known(unknown.getKnownPropertyIds()));
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return new FieldError(field, JsonExpectation.of(mismatch.getTargetType()));
        }
        return new FieldError(field, "has the wrong JSON type or format");
    }

    /** A JSON syntax error in words, with where it is: e.g. {@code Unexpected character ... (line 2, column 5)}. */
    public static String syntaxError(JsonProcessingException e) {
        String message = INTERNALS.matcher(SOURCE_AT.matcher(Objects.requireNonNullElse(e.getOriginalMessage(),
                "unreadable")).replaceAll("line $1, column $2")).replaceAll("");
        JsonLocation location = e.getLocation();
        return location == null ? message
                : message + " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static String known(Collection<Object> fields) {
        return fields == null || fields.isEmpty() ? ""
                : "; the fields are: " + String.join(", ", fields.stream().map(String::valueOf).sorted().toList());
    }
}
