package io.herald.console.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Times in UTC to the second; durations in their two largest units, without a zero second unit. */
class FormatsTest {

    @Test
    void durations() {
        assertEquals("1 h", Formats.span(Duration.ofHours(1)));
        assertEquals("3 h 12 min", Formats.span(Duration.ofMinutes(192).plusSeconds(5)));
        assertEquals("2 min 5 s", Formats.span(Duration.ofSeconds(125)));
        assertEquals("45 s", Formats.span(Duration.ofSeconds(45)));
        assertEquals("2 d 1 h", Formats.span(Duration.ofHours(49)));
        assertEquals("0 s", Formats.span(Duration.ofSeconds(-3)));
        assertEquals("—", Formats.span(null));
    }

    @Test
    void times() {
        assertEquals("2026-04-06 08:30:05 UTC", Formats.utc(Instant.parse("2026-04-06T08:30:05.123Z")));
        assertEquals("—", Formats.utc(null));
    }
}
