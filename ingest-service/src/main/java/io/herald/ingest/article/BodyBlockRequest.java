package io.herald.ingest.article;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.herald.events.BodyBlock;

/**
 * One body block. Which fields a type needs is checked by {@link CompleteBodyBlock}: paragraph,
 * heading and quote need {@code text}, list needs {@code items}, image needs {@code image}.
 */
@CompleteBodyBlock
public record BodyBlockRequest(
        @NotNull BodyBlock.Type type,
        @Size(max = 20_000) String text,
        @Min(1) @Max(6) Integer level,
        @Size(max = 500) List<@NotBlank @Size(max = 2000) String> items,
        @Valid ImageRequest image) {

    BodyBlock toEvent() {
        return new BodyBlock(type, text, level, items, image == null ? null : image.toEvent());
    }
}
