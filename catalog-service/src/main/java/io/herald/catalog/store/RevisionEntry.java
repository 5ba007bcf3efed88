package io.herald.catalog.store;

import java.time.Instant;

import io.herald.events.PubStatus;

/**
 * One line of an article's revision history.
 *
 * @param revision       the revision number
 * @param eventId        the event that carried it
 * @param pubStatus      its status (a kill is a revision too)
 * @param versionCreated when the source created it
 * @param recordedAt     when the catalog stored it
 */
public record RevisionEntry(int revision, String eventId, PubStatus pubStatus, Instant versionCreated,
        Instant recordedAt) {
}
