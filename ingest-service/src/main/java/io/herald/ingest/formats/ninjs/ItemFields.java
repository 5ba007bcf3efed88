package io.herald.ingest.formats.ninjs;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

import io.herald.service.problem.FieldError;
import io.herald.service.problem.InvalidFieldsException;

/**
 * Reads typed values out of a JSON item of a format without a schema (Superdesk), collecting one
 * {@link FieldError} per field of the wrong type or format instead of failing on the first. A missing field and a
 * JSON {@code null} (Superdesk writes nulls for absent values) read as null. ninjs items are checked against
 * IPTC's schema instead ({@link NinjsSchemas}).
 */
public final class ItemFields {

    static final String DATE_TIME_RULE = "must be a date-time with an offset, e.g. 2026-04-06T08:00:00+08:00";

    private final List<FieldError> errors = new ArrayList<>();

    private ItemFields() {
    }

    /** For a dialect that writes {@code null} for absent values (Superdesk). */
    public static ItemFields nullTolerant() {
        return new ItemFields();
    }

    public String text(JsonNode parent, String name, String path) {
        JsonNode value = present(parent, name);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            reject(path, "must be a string");
            return null;
        }
        return value.textValue();
    }

    public JsonNode array(JsonNode parent, String name, String path) {
        return ofType(parent, name, path, JsonNode::isArray, "must be an array");
    }

    public JsonNode object(JsonNode parent, String name, String path) {
        return ofType(parent, name, path, JsonNode::isObject, "must be an object");
    }

    /** An RFC 3339 date-time; also {@code +0000}-style offsets, which Superdesk writes. */
    public Instant dateTime(JsonNode parent, String name, String path) {
        String value = text(parent, name, path);
        Instant instant = value == null ? null : instant(value);
        if (value != null && instant == null) {
            reject(path, DATE_TIME_RULE);
        }
        return instant;
    }

    /** An RFC 3339 date-time (also with a {@code +0000}-style offset) as an instant; null when it is none. */
    static Instant instant(String value) {
        try {
            return OffsetDateTime.parse(value.toUpperCase(Locale.ROOT).replaceFirst("([+-]\\d\\d)(\\d\\d)$", "$1:$2"))
                    .toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public void reject(String path, String rule) {
        errors.add(new FieldError(path, rule));
    }

    /** @throws InvalidFieldsException if any field was rejected */
    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
    }

    private JsonNode ofType(JsonNode parent, String name, String path, Predicate<JsonNode> type,
            String rule) {
        JsonNode value = present(parent, name);
        if (value != null && !type.test(value)) {
            reject(path, rule);
            return null;
        }
        return value;
    }

    private JsonNode present(JsonNode parent, String name) {
        JsonNode value = parent == null ? null : parent.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        return value;
    }
}
