package io.herald.events;

/**
 * One line of a table of contents (本期导读): a title and the page it points to.
 *
 * @param title headline as listed
 * @param page  page label, e.g. 02版
 */
public record RelatedEntry(String title, String page) {
}
