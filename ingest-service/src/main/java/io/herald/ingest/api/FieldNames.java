package io.herald.ingest.api;

import java.util.Map;

import jakarta.validation.ConstraintViolation;

import io.herald.service.problem.FieldError;
import io.herald.service.problem.FieldPath;

/**
 * How an intake names Herald's article fields in its answers. Herald's own intakes (JSON, bulk, page) name each
 * field by its path, e.g. {@code body[2].text}; a foreign format names the top-level field as the client sent it,
 * e.g. {@code headlines} for ninjs, and says which of Herald's rules it broke.
 */
public final class FieldNames {

    /** The names of Herald's article model itself. */
    public static final FieldNames HERALD = new FieldNames(null);

    /** Herald's field → the format's name for it; null for Herald's own names. */
    private final Map<String, String> formatNames;

    private FieldNames(Map<String, String> formatNames) {
        this.formatNames = formatNames;
    }

    /** @param formatNames Herald's top-level article field → the format's name for it; fields not listed keep theirs */
    public static FieldNames of(Map<String, String> formatNames) {
        return new FieldNames(Map.copyOf(formatNames));
    }

    /** The name of one of Herald's top-level fields, e.g. {@code revision}, in this intake's answers. */
    String field(String heraldField) {
        return formatNames == null ? heraldField : formatNames.getOrDefault(heraldField, heraldField);
    }

    /** A rule of Herald's article model that the request broke, named as this intake names its fields. */
    FieldError error(ConstraintViolation<?> violation) {
        String heraldPath = FieldPath.of(violation.getPropertyPath());
        if (formatNames == null) {
            return new FieldError(heraldPath, violation.getMessage());
        }
        String field = heraldPath == null ? null : field(heraldPath.split("[.\\[]", 2)[0]);
        return new FieldError(field, "Herald's " + heraldPath + " " + violation.getMessage());
    }
}
