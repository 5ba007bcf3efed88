package io.herald.console.services;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Article ids go into the services' paths as one segment: readable where RFC 3986 allows, encoded elsewhere. */
class PathSegmentTest {

    @Test
    void anIdWithColonsStaysAsItIs() {
        assertEquals("superdesk:urn:newsml:localhost:2026-04-06", ServiceCalls.segment("superdesk:urn:newsml:localhost:2026-04-06"));
    }

    @Test
    void aSlashASpaceAQuestionMarkAndChineseAreEncoded() {
        assertEquals("demo:a%2Fb%20c%3F%E8%A6%81%E9%97%BB", ServiceCalls.segment("demo:a/b c?要闻"));
    }
}
