package io.herald.ingest.formats.issue;

/**
 * One non-blank line of a page as text, with its Markdown markup (headings, list markers, emphasis)
 * taken off and whitespace collapsed.
 *
 * @param text         what is printed
 * @param headingLevel the Markdown heading level ({@code ##} → 2), 0 for any other line
 * @param listItem     whether the line was a Markdown list item ({@code - …}, {@code 1. …})
 */
record PageLine(String text, int headingLevel, boolean listItem) {

    boolean isHeading() {
        return headingLevel > 0;
    }

    /** Running text: not a heading, list item, photo caption, photo credit or page label. */
    boolean isRunningText() {
        return !isHeading() && !listItem && !PhotoCaptions.isCaption(text) && !PhotoCaptions.isCredit(text)
                && !PageFurniture.opensItem(text);
    }
}
