package io.herald.ingest.article;

import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.herald.events.BodyBlock;

/** The JSON names ingest accepts for the enumerations of the article model. */
public final class AcceptedValues {

    /** Every block type but {@code unknown}, which exists only for consumers reading newer events. */
    private static final List<String> BLOCK_TYPES = Arrays.stream(BodyBlock.Type.values())
            .filter(type -> type != BodyBlock.Type.UNKNOWN)
            .map(AcceptedValues::jsonName)
            .toList();

    private AcceptedValues() {
    }

    /** The accepted JSON names of an enum type's constants, e.g. {@code reporter, correspondent, …}. */
    private static List<String> of(Class<? extends Enum<?>> enumType) {
        if (enumType == BodyBlock.Type.class) {
            return BLOCK_TYPES;
        }
        return Arrays.stream(enumType.getEnumConstants()).map(AcceptedValues::jsonName).toList();
    }

    /** The rule for a field of an enum type, e.g. {@code must be one of: paragraph, heading, …}. */
    public static String mustBeOneOf(Class<? extends Enum<?>> enumType) {
        return "must be one of: " + String.join(", ", of(enumType));
    }

    /** The name a constant has in JSON: its {@link JsonProperty} value, else its Java name. */
    static String jsonName(Enum<?> constant) {
        try {
            JsonProperty property = constant.getDeclaringClass().getField(constant.name()).getAnnotation(JsonProperty.class);
            return property == null ? constant.name() : property.value();
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("enum constant without a field: " + constant, e);
        }
    }
}
