package io.herald.ingest.article;

import java.util.List;
import java.util.Locale;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.herald.events.InlineRun;

/** A run of a block's inline text; see {@link InlineRun}. Links go only to absolute http, https or mailto addresses. */
public record InlineRunRequest(
        @NotEmpty @Size(max = 20_000) String text,
        @Size(max = 4) List<InlineRun.@NotNull Mark> marks,
        @Size(max = 2048) @Pattern(regexp = "(?i)(https?://[^/?#\\s]+\\S*|mailto:\\S+)",
                message = "must be an http, https or mailto address") String href) {

    /** The run as the event carries it, the link's scheme in lower case. */
    InlineRun toEvent() {
        return new InlineRun(text, marks, href == null ? null
                : href.substring(0, href.indexOf(':')).toLowerCase(Locale.ROOT) + href.substring(href.indexOf(':')));
    }

    /** The runs of a block's text as the event carries them; null stays null. */
    static List<InlineRun> toEvents(List<InlineRunRequest> runs) {
        return runs == null ? null : runs.stream().map(InlineRunRequest::toEvent).toList();
    }
}
