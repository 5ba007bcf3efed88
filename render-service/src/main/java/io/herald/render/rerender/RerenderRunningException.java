package io.herald.render.rerender;

import io.herald.service.problem.ProblemException;

/** A re-render was asked for while one is running on this instance: a 409 {@code rerender-running} problem. */
public class RerenderRunningException extends ProblemException {

    RerenderRunningException(RerenderStatus running) {
        super("rerender-running", "A re-render is running", 409, "a re-render started at " + running.startedAt()
                + " is running: " + running.renditions() + " renditions so far");
    }
}
