package io.herald.render.rerender;

/** A re-render was asked for while one is running on this instance. */
public class RerenderRunningException extends RuntimeException {

    RerenderRunningException(RerenderStatus running) {
        super("a re-render started at " + running.startedAt() + " is running: " + running.renditions()
                + " renditions so far");
    }
}
