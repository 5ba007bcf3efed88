package io.herald.ingest.article;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.herald.events.Contributor;

/** A person credited on the article; the role must be one of {@link Contributor.Role}'s JSON names. */
public record ContributorRequest(@NotBlank @Size(max = 128) String name, @NotNull Contributor.Role role) {

    Contributor toEvent() {
        return new Contributor(name, role);
    }
}
