package io.herald.ingest.formats.issue;

import java.util.List;

import io.herald.events.RelatedEntry;

/**
 * What a page of a paper holds, as {@link PageParser} recognised it.
 *
 * @param masthead the paper and the issue
 * @param page     the page label, e.g. {@code 01版}
 * @param items    articles and photo items in reading order
 * @param toc      the 本期导读 entries
 * @param dropped  lines that belong to no item: footer noise, stray text
 * @param joints   the mid-sentence breaks that were rejoined, each as {@code …end|start…}
 * @param warnings where the masthead and the request disagree (the masthead wins)
 */
public record ParsedPage(Masthead masthead, String page, List<ParsedItem> items, List<RelatedEntry> toc,
        List<DroppedLine> dropped, List<String> joints, List<String> warnings) {

    public ParsedPage {
        items = List.copyOf(items);
        toc = List.copyOf(toc);
        dropped = List.copyOf(dropped);
        joints = List.copyOf(joints);
        warnings = List.copyOf(warnings);
    }

    /** A line left out of every item, and why. */
    public record DroppedLine(String text, String reason) {
    }
}
