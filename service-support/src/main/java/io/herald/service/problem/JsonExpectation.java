package io.herald.service.problem;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/** What a field of a request body must look like in JSON, in words, for a client that sent something else. */
public final class JsonExpectation {

    /**
     * The name of an enum's placeholder for values of newer producers (Jackson's {@link JsonEnumDefaultValue}, e.g.
     * a body block's {@code unknown}): consumers read it, no client may send it.
     */
    private static final String PLACEHOLDER = "UNKNOWN";

    private JsonExpectation() {
    }

    /** The rule for a field of {@code type}, e.g. {@code must be an integer}. */
    @SuppressWarnings("unchecked")
    public static String of(Class<?> type) {
        if (type.isEnum()) {
            return mustBeOneOf((Class<? extends Enum<?>>) type);
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

    /** The rule for a field of an enum type: {@code must be one of: } its constants' JSON names, placeholder left out. */
    public static String mustBeOneOf(Class<? extends Enum<?>> enumType) {
        return "must be one of: " + String.join(", ", Arrays.stream(enumType.getEnumConstants())
                .filter(constant -> !isPlaceholder(constant))
                .map(JsonExpectation::jsonName)
                .toList());
    }

    /** The name a constant has in JSON: its {@link JsonProperty} value, else its Java name. */
    public static String jsonName(Enum<?> constant) {
        JsonProperty property = field(constant).getAnnotation(JsonProperty.class);
        return property == null ? constant.name() : property.value();
    }

    private static boolean isPlaceholder(Enum<?> constant) {
        return constant.name().equals(PLACEHOLDER) && field(constant).isAnnotationPresent(JsonEnumDefaultValue.class);
    }

    private static java.lang.reflect.Field field(Enum<?> constant) {
        try {
            return constant.getDeclaringClass().getField(constant.name());
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("enum constant without a field: " + constant, e);
        }
    }
}
