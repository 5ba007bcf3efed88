package io.herald.events;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One block of an article body, in reading order. Which fields are set depends on the type:
 * paragraph, heading and quote carry {@code text} (heading also {@code level}); list carries
 * {@code items}; image carries {@code image}.
 */
public record BodyBlock(Type type, String text, Integer level, List<String> items, Image image) {

    public BodyBlock {
        items = items == null ? null : List.copyOf(items);
    }

    public static BodyBlock paragraph(String text) {
        return new BodyBlock(Type.PARAGRAPH, text, null, null, null);
    }

    /** Block types; unknown types from newer producers read as {@link #UNKNOWN} and may be skipped. */
    public enum Type {
        @JsonProperty("paragraph") PARAGRAPH,
        @JsonProperty("heading") HEADING,
        @JsonProperty("image") IMAGE,
        @JsonProperty("quote") QUOTE,
        @JsonProperty("list") LIST,
        @JsonEnumDefaultValue @JsonProperty("unknown") UNKNOWN
    }
}
