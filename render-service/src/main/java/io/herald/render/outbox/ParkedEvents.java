package io.herald.render.outbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.herald.render.store.OutboxRepository;
import io.herald.render.store.ParkedEvent;
import io.herald.render.store.ParkedEventRepository;
import io.herald.render.store.Rendition;
import io.herald.render.store.RenditionRepository;

/** The articles.rendered events the relay parked, as operators list them and send them again. */
@ApplicationScoped
public class ParkedEvents {

    private static final Logger LOG = Logger.getLogger(ParkedEvents.class);

    private final ParkedEventRepository parked;
    private final OutboxRepository outbox;
    private final RenditionRepository renditions;
    private final Outbox announcements;

    ParkedEvents(ParkedEventRepository parked, OutboxRepository outbox, RenditionRepository renditions,
            Outbox announcements) {
        this.parked = parked;
        this.outbox = outbox;
        this.renditions = renditions;
        this.announcements = announcements;
    }

    /**
     * One parked event.
     *
     * @param attempts sends tried, the refused one included
     * @param reason   what Kafka said
     */
    public record View(UUID eventId, String articleId, int revision, String reason, Instant parkedAt,
            int attempts) {

        static View of(ParkedEvent event) {
            return new View(event.eventId, event.articleId, event.revision, event.reason, event.parkedAt,
                    event.attempts);
        }
    }

    /** The {@code limit} events parked first. */
    @Transactional
    public List<View> list(int limit) {
        return parked.oldest(limit).stream().map(View::of).toList();
    }

    /**
     * Moves the event back to the end of the outbox, to be sent like any other, once its cause is fixed.
     *
     * @throws ParkedEventNotFoundException   if no event with that id is parked
     * @throws ParkedEventSupersededException if its article was announced since with a newer state, which a consumer
     *                                        would see replaced by this older one
     */
    @Transactional
    public View resend(UUID eventId) {
        ParkedEvent event = parked.findByIdOptional(eventId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new ParkedEventNotFoundException(eventId));
        Rendition current = renditions.findById(event.articleId);
        if (current != null && !Outbox.eventId(announcements.announcement(current)).equals(eventId)) {
            throw new ParkedEventSupersededException(event, current);
        }
        if (outbox.count("eventId", eventId) == 0) {
            outbox.persist(event.toOutbox());
        }
        parked.delete(event);
        LOG.infof("Parked articles.rendered event %s of article %s revision %d moved back to the outbox, to be sent"
                + " again", eventId, event.articleId, event.revision);
        return View.of(event);
    }
}
