package io.herald.render.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;

import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.junit.jupiter.api.Test;

import io.herald.render.store.OutboxEvent;

class SendOutcomesTest {

    private static final RuntimeException CHANNEL = new NotEnoughReplicasException("not enough replicas");
    private static final RuntimeException TOO_LARGE = new RecordTooLargeException("too large");

    private final SendOutcomes outcomes = new SendOutcomes();

    @Test
    void aFailedSendFollowedByAnAcknowledgedOneOfTheSameArticleIsSuperseded() {
        OutboxEvent first = event("a");
        OutboxEvent second = event("a");

        outcomes.failed(first, CHANNEL);
        outcomes.acknowledged(second);

        assertEquals(List.of(second), outcomes.acknowledged());
        assertEquals(List.of(first), outcomes.superseded());
        assertEquals(List.of(), outcomes.pending(), "sent after the second, it would undo it");
    }

    @Test
    void aFailedSendAfterAnAcknowledgedOneOfTheSameArticleStaysPending() {
        OutboxEvent first = event("a");
        OutboxEvent second = event("a");

        outcomes.acknowledged(first);
        outcomes.failed(second, CHANNEL);

        assertEquals(List.of(second), outcomes.pending());
        assertEquals(List.of(), outcomes.superseded());
    }

    @Test
    void otherArticlesAcknowledgedSupersedeNothingAndPendingOnesKeepTheirOrder() {
        OutboxEvent a1 = event("a");
        OutboxEvent b1 = event("b");
        OutboxEvent c1 = event("c");
        OutboxEvent b2 = event("b");

        outcomes.failed(a1, CHANNEL);
        outcomes.acknowledged(b1);
        outcomes.failed(c1, CHANNEL);
        outcomes.failed(b2, CHANNEL);

        assertEquals(List.of(a1, c1, b2), outcomes.pending());
        assertEquals(List.of(b1), outcomes.acknowledged());
        assertEquals(List.of(), outcomes.superseded());
    }

    @Test
    void anEventKafkaRefusesForItselfIsRefusedAndNotSuperseded() {
        OutboxEvent refused = event("a");
        OutboxEvent later = event("a");

        outcomes.failed(refused, TOO_LARGE);
        outcomes.acknowledged(later);

        assertEquals(List.of(refused), outcomes.refused());
        assertEquals(List.of(), outcomes.superseded());
        assertEquals(List.of(), outcomes.pending());
    }

    private static OutboxEvent event(String articleId) {
        OutboxEvent event = new OutboxEvent();
        event.eventId = UUID.randomUUID();
        event.articleId = articleId;
        return event;
    }
}
