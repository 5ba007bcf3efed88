package io.herald.ingest.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;

import io.herald.ingest.article.AcceptedValues;

/** What a field of the article model must look like in JSON, for a client that sent something else. */
final class JsonExpectation {

    private JsonExpectation() {
    }

    @SuppressWarnings("unchecked")
    static String of(Class<?> type) {
        if (type.isEnum()) {
            return AcceptedValues.mustBeOneOf((Class<? extends Enum<?>>) type);
        }
        if (type == String.class) {
            return "must be a string";
        }
        if (type == Integer.class || type == int.class) {
            return "must be an integer";
        }
        if (type == Instant.class) {
            return "must be a date-time with an offset, e.g. 2026-04-06T08:00:00+08:00";
        }
        if (type == LocalDate.class) {
            return "must be a date, e.g. 2026-04-06";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "must be an array";
        }
        return "must be an object";
    }
}
