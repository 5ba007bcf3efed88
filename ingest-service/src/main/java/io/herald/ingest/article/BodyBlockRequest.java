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
 * heading and quote need {@code text}, list needs {@code items}, image needs {@code image}. Inline markup is
 * optional: {@code runs} for the text, {@code itemRuns} (one list per item) for a list; {@code text} and {@code
 * items} stay the plain text (see {@link io.herald.events.BodyBlock}).
 */
@CompleteBodyBlock
public record BodyBlockRequest(
        @NotNull BodyBlock.Type type,
        @Size(max = 20_000) String text,
        @Min(1) @Max(6) Integer level,
        @Size(max = 500) List<@NotBlank @Size(max = 2000) String> items,
        @Valid ImageRequest image,
        @Size(max = 2000) List<@NotNull @Valid InlineRunRequest> runs,
        @Size(max = 500) List<@NotNull @Size(max = 2000) List<@NotNull @Valid InlineRunRequest>> itemRuns) {

    /** A block without inline markup. */
    public BodyBlockRequest(BodyBlock.Type type, String text, Integer level, List<String> items, ImageRequest image) {
        this(type, text, level, items, image, null, null);
    }

    BodyBlock toEvent() {
        return new BodyBlock(type, text, level, items, image == null ? null : image.toEvent(),
                InlineRunRequest.toEvents(runs),
                itemRuns == null ? null : itemRuns.stream().map(InlineRunRequest::toEvents).toList());
    }
}
