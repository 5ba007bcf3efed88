package io.herald.render.rerender;

import java.time.Instant;

/**
 * A re-render of every rendition, running or over.
 *
 * @param state         running, succeeded or failed
 * @param dryRun        whether it only renders and compares (nothing stored, nothing announced)
 * @param renditions    renditions looked at so far
 * @param changed       of those, the ones whose web page or WeChat draft came out different (replaced and
 *                      announced again unless a dry run)
 * @param unchanged     the ones that came out the same
 * @param withoutSource the ones stored before renditions kept their source revision: they re-render with the next
 *                      revision only
 * @param finishedAt    when it ended; null while running
 * @param reason        why it failed; null otherwise
 */
public record RerenderStatus(State state, boolean dryRun, Instant startedAt, Instant finishedAt, long renditions,
        long changed, long unchanged, long withoutSource, String reason) {

    public enum State {
        running, succeeded, failed
    }

    static RerenderStatus started(boolean dryRun) {
        return new RerenderStatus(State.running, dryRun, Instant.now(), null, 0, 0, 0, 0, null);
    }

    public boolean running() {
        return state == State.running;
    }

    RerenderStatus plusChanged() {
        return new RerenderStatus(state, dryRun, startedAt, finishedAt, renditions + 1, changed + 1, unchanged,
                withoutSource, reason);
    }

    RerenderStatus plusUnchanged() {
        return new RerenderStatus(state, dryRun, startedAt, finishedAt, renditions + 1, changed, unchanged + 1,
                withoutSource, reason);
    }

    RerenderStatus plusWithoutSource() {
        return new RerenderStatus(state, dryRun, startedAt, finishedAt, renditions + 1, changed, unchanged,
                withoutSource + 1, reason);
    }

    RerenderStatus succeeded() {
        return new RerenderStatus(State.succeeded, dryRun, startedAt, Instant.now(), renditions, changed, unchanged,
                withoutSource, null);
    }

    RerenderStatus failed(String why) {
        return new RerenderStatus(State.failed, dryRun, startedAt, Instant.now(), renditions, changed, unchanged,
                withoutSource, why);
    }
}
