package io.herald.render.outbox;

import java.util.UUID;

/** No articles.rendered event with that id is parked. */
public class ParkedEventNotFoundException extends RuntimeException {

    ParkedEventNotFoundException(UUID eventId) {
        super("no articles.rendered event " + eventId + " is parked");
    }
}
