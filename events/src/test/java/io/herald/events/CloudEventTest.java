package io.herald.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class CloudEventTest {

    private final CloudEvent event = new CloudEvent("e-1", EventContract.TYPE_ARTICLE_SUBMITTED, "/ingest/demo",
            "demo:1", Instant.parse("2026-04-06T01:02:03Z"));

    @Test
    void attributesTravelAsCeHeadersAndComeBack() {
        RecordHeaders headers = new RecordHeaders(event.toHeaders());
        assertEquals("1.0", new String(headers.lastHeader("ce_specversion").value()));
        assertEquals("demo:1", new String(headers.lastHeader("ce_subject").value()));
        assertEquals(event, CloudEvent.from(headers));
    }

    @Test
    void recordWithoutIdIsInvalid() {
        RecordHeaders headers = new RecordHeaders(event.toHeaders());
        headers.remove(EventContract.CE_ID);
        InvalidEventException e = assertThrows(InvalidEventException.class, () -> CloudEvent.from(headers));
        assertEquals("header ce_id is missing", e.getMessage());
    }

    @Test
    void malformedTimeIsInvalid() {
        RecordHeaders headers = new RecordHeaders(event.toHeaders());
        headers.remove(EventContract.CE_TIME);
        headers.add(EventContract.CE_TIME, "yesterday".getBytes());
        assertThrows(InvalidEventException.class, () -> CloudEvent.from(headers));
    }
}
