package io.herald.events;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A run of a text block's inline text that reads one way: plain, or with {@link Mark marks} (bold, italic,
 * subscript, superscript), or as a link when {@code href} is set. A block's runs, concatenated, are its text as
 * printed; a line break ({@code <br>}) is written as {@code "\n"} in a run's text, and no other line-break
 * character occurs in runs (white space is already collapsed). So a consumer renders a block without an HTML
 * parser: for each run, split its text at {@code "\n"} into line breaks, escape the text, wrap it in the marks and,
 * with an {@code href}, in a link.
 *
 * <p>Producers sanitise at intake: {@code href} is an absolute {@code http}, {@code https} or {@code mailto}
 * address and nothing else; any other markup was reduced to its text. Consumers should still escape the text and
 * check the scheme, as for any input.
 *
 * @param text  the run's text, never empty
 * @param marks how it reads, in no particular order; absent when plain
 * @param href  where it links to; absent when it is not a link
 */
public record InlineRun(String text, List<Mark> marks, String href) {

    public InlineRun {
        marks = marks == null || marks.isEmpty() ? null : List.copyOf(marks);
    }

    /** Whether the run reads with {@code mark}. */
    public boolean has(Mark mark) {
        return marks != null && marks.contains(mark);
    }

    /** How a run reads; unknown marks from newer producers read as {@link #UNKNOWN} and may be ignored. */
    public enum Mark {
        @JsonProperty("bold") BOLD,
        @JsonProperty("italic") ITALIC,
        @JsonProperty("sub") SUBSCRIPT,
        @JsonProperty("sup") SUPERSCRIPT,
        @JsonEnumDefaultValue @JsonProperty("unknown") UNKNOWN
    }
}
