package io.herald.render.outbox;

import java.util.UUID;

import io.herald.service.problem.ProblemException;

/** No articles.rendered event with that id is parked: a 404 {@code parked-event-not-found} problem. */
public class ParkedEventNotFoundException extends ProblemException {

    ParkedEventNotFoundException(UUID eventId) {
        super("parked-event-not-found", "Parked event not found", 404,
                "no articles.rendered event " + eventId + " is parked");
    }
}
