package io.herald.events;

/**
 * Where an article came from.
 *
 * @param name   the authenticated newsroom system, e.g. {@code demo}, {@code superdesk}
 * @param itemId the system's own id for the article, if it sent one
 */
public record Source(String name, String itemId) {
}
