package io.herald.catalog.rebuild;

/** A rebuild was asked for while one is running. */
public class RebuildRunningException extends RuntimeException {

    RebuildRunningException(RebuildStatus running) {
        super("a rebuild is running since " + running.startedAt() + " (" + running.groupId() + ")");
    }
}
