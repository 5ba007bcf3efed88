package io.herald.render.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletionException;

import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.junit.jupiter.api.Test;

class SendFailuresTest {

    @Test
    void whatKafkaRefusesOfTheRecordItselfIsTheEventsOwnFailure() {
        assertTrue(SendFailures.ofTheEvent(new RecordTooLargeException("The message is 2400123 bytes")));
        assertTrue(SendFailures.ofTheEvent(new SerializationException("cannot be written as JSON")));
        assertTrue(SendFailures.ofTheEvent(new InvalidRecordException("invalid record")));
        assertTrue(SendFailures.ofTheEvent(new CompletionException(new RecordTooLargeException("too large"))),
                "found among the causes");
    }

    @Test
    void failuresOfTheChannelAreNotTheEventsOwn() {
        assertFalse(SendFailures.ofTheEvent(new TimeoutException("Expiring 1 record(s)")));
        assertFalse(SendFailures.ofTheEvent(new NotEnoughReplicasException("not enough replicas")));
        assertFalse(SendFailures.ofTheEvent(new NotLeaderOrFollowerException("leader changed")));
        assertFalse(SendFailures.ofTheEvent(new io.smallrye.mutiny.TimeoutException()));
        // not retriable, but every event would fail the same way: parking would park them all
        assertFalse(SendFailures.ofTheEvent(new TopicAuthorizationException("articles.rendered")));
    }

    @Test
    void reasonNamesTheFailureAndItsMessage() {
        assertEquals("RecordTooLargeException: too large",
                SendFailures.reason(new CompletionException(null, new RecordTooLargeException("too large"))));
    }
}
