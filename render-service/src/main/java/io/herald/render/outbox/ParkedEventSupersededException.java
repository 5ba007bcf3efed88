package io.herald.render.outbox;

import java.util.Locale;

import io.herald.render.store.ParkedEvent;
import io.herald.render.store.Rendition;
import io.herald.service.problem.ProblemException;

/**
 * A parked event's article was rendered or announced again since: sending the parked, older state now would replace
 * the newer one at every consumer: a 409 {@code parked-event-superseded} problem.
 */
public class ParkedEventSupersededException extends ProblemException {

    ParkedEventSupersededException(ParkedEvent event, Rendition current) {
        super("parked-event-superseded", "Parked event superseded", 409, "parked event " + event.eventId
                + " announces article " + event.articleId + " revision " + event.revision + ", which has been "
                + "superseded: the article is now at revision " + current.revision + " ("
                + current.status().name().toLowerCase(Locale.ROOT) + "), announced by a newer event;"
                + " there is nothing to send again");
    }
}
