package io.herald.events;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A person credited on an article, e.g. (记者 张伟) → reporter 张伟; a sign-off → author.
 *
 * @param name person's name as printed
 * @param role what they did for the article
 */
public record Contributor(String name, Role role) {

    /** Contributor roles; unknown roles from newer producers read as {@link #OTHER}. */
    public enum Role {
        @JsonProperty("reporter") REPORTER,
        @JsonProperty("correspondent") CORRESPONDENT,
        @JsonProperty("author") AUTHOR,
        @JsonProperty("photographer") PHOTOGRAPHER,
        @JsonProperty("editor") EDITOR,
        @JsonEnumDefaultValue
        @JsonProperty("other") OTHER
    }
}
