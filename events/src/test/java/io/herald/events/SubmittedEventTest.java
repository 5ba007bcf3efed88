package io.herald.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Instant;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class SubmittedEventTest {

    private static final String TOPIC = EventContract.ARTICLES_SUBMITTED;

    private final ArticleSubmitted article = SampleEvents.symposiumReport();

    @Test
    void readsTheEventWithItsCloudEventsId() {
        SubmittedEvent read = SubmittedEvent.decode(TOPIC, headers("e-1", EventContract.TYPE_ARTICLE_SUBMITTED),
                EventJson.write(article));

        assertEquals(new SubmittedEvent("e-1", article), read);
    }

    @Test
    void anotherEventTypeIsRefusedNamingIt() {
        InvalidEventException refused = assertThrows(InvalidEventException.class, () -> SubmittedEvent.decode(TOPIC,
                headers("e-2", EventContract.TYPE_ARTICLE_RENDERED), EventJson.write(article)));

        assertTrue(refused.getMessage().startsWith("unexpected event type " + EventContract.TYPE_ARTICLE_RENDERED),
                refused.getMessage());
        assertTrue(refused.getMessage().contains(EventContract.CE_TYPE), refused.getMessage());
    }

    @Test
    void aRecordWithoutValueIsRefused() {
        InvalidEventException refused = assertThrows(InvalidEventException.class,
                () -> SubmittedEvent.decode(TOPIC, headers("e-3", EventContract.TYPE_ARTICLE_SUBMITTED), null));

        assertEquals("event e-3 has no value, not an ArticleSubmitted", refused.getMessage());
    }

    @Test
    void aRecordWithoutIdOrWithABrokenValueIsRefused() {
        RecordHeaders withoutId = headers("e-4", EventContract.TYPE_ARTICLE_SUBMITTED);
        withoutId.remove(EventContract.CE_ID);

        assertThrows(InvalidEventException.class, () -> SubmittedEvent.decode(TOPIC, withoutId, EventJson.write(article)));
        assertThrows(InvalidEventException.class, () -> SubmittedEvent.decode(TOPIC,
                headers("e-5", EventContract.TYPE_ARTICLE_SUBMITTED), "{\"revision\": \"one\"".getBytes(UTF_8)));
    }

    private static RecordHeaders headers(String eventId, String type) {
        return new RecordHeaders(new CloudEvent(eventId, type, "/ingest/demo", "demo:1",
                Instant.parse("2026-04-06T01:02:03Z")).toHeaders());
    }
}
