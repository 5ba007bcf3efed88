package io.herald.events;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One block of an article body, in reading order. Which fields are set depends on the type:
 * paragraph, heading and quote carry {@code text} (heading also {@code level}); list carries
 * {@code items}; image carries {@code image}.
 *
 * <p>Inline markup (added within v1): a paragraph, heading or quote whose text has links, bold, italic, subscript,
 * superscript or line breaks also carries {@code runs}, the same text as {@link InlineRun}s; a list whose items do
 * carries {@code itemRuns}, one list of runs per item. {@code text} and {@code items} stay the plain text (a line
 * break there is a space), so a consumer that does not know runs, or only searches text, reads the block as
 * before; blocks without markup carry no runs.
 *
 * @param runs     the text as inline runs, when it has markup
 * @param itemRuns the items as inline runs, one list per item, when any item has markup
 */
public record BodyBlock(Type type, String text, Integer level, List<String> items, Image image,
        List<InlineRun> runs, List<List<InlineRun>> itemRuns) {

    @JsonCreator
    public BodyBlock {
        items = items == null ? null : List.copyOf(items);
        runs = runs == null ? null : List.copyOf(runs);
        itemRuns = itemRuns == null ? null : itemRuns.stream().map(List::copyOf).toList();
    }

    /** A block without inline markup. */
    public BodyBlock(Type type, String text, Integer level, List<String> items, Image image) {
        this(type, text, level, items, image, null, null);
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
