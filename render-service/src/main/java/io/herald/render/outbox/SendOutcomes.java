package io.herald.render.outbox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.herald.render.store.OutboxEvent;

/**
 * What follows for each event of one relay run from what Kafka answered to its send, told in outbox order (the order
 * the events were written): an acknowledged event is deleted; one Kafka refuses for a reason of its own
 * ({@link SendFailures#ofTheEvent}) is parked; one whose send failed for a reason of the channel stays pending, to be
 * sent again on the next run, before the events written after it. Unless a later event of the same article was
 * acknowledged in the same run: that one carries the article's newer state and is on the topic already, and the
 * earlier one, sent after it, would make consumers end on the older state (an event of the same revision, an embargo
 * release say, is applied again). The earlier one is superseded: deleted, never sent.
 */
final class SendOutcomes {

    private final List<OutboxEvent> acknowledged = new ArrayList<>();
    private final List<OutboxEvent> refused = new ArrayList<>();
    private final List<OutboxEvent> superseded = new ArrayList<>();
    private final List<OutboxEvent> pending = new ArrayList<>();
    private final Map<String, List<OutboxEvent>> pendingByArticle = new HashMap<>();

    /** Kafka acknowledged {@code event}, the next in outbox order. */
    void acknowledged(OutboxEvent event) {
        acknowledged.add(event);
        List<OutboxEvent> earlier = pendingByArticle.remove(event.articleId);
        if (earlier != null) {
            superseded.addAll(earlier);
            pending.removeAll(earlier);
        }
    }

    /** The send of {@code event}, the next in outbox order, failed with {@code failure}. */
    void failed(OutboxEvent event, Throwable failure) {
        if (SendFailures.ofTheEvent(failure)) {
            refused.add(event);
        } else {
            pending.add(event);
            pendingByArticle.computeIfAbsent(event.articleId, article -> new ArrayList<>()).add(event);
        }
    }

    /** The events to delete as sent. */
    List<OutboxEvent> acknowledged() {
        return acknowledged;
    }

    /** The events to park. */
    List<OutboxEvent> refused() {
        return refused;
    }

    /** The events to delete unsent: a later event of their article is on the topic. */
    List<OutboxEvent> superseded() {
        return superseded;
    }

    /** The events to send again on the next run, in outbox order. */
    List<OutboxEvent> pending() {
        return pending;
    }
}
