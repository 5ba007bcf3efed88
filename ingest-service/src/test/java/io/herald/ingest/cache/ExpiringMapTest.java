package io.herald.ingest.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class ExpiringMapTest {

    private static final Instant T0 = Instant.parse("2026-04-06T00:00:00Z");

    private Instant now = T0;
    private final Clock clock = new Clock() {
        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    };

    @Test
    void liveValueIsKeptAndReturned() {
        ExpiringMap<String, String> map = new ExpiringMap<>(10, clock);

        assertNull(map.putIfAbsent("k", "first", T0.plusSeconds(60)));
        assertEquals("first", map.putIfAbsent("k", "second", T0.plusSeconds(60)));
    }

    @Test
    void expiredValueIsReplaced() {
        ExpiringMap<String, String> map = new ExpiringMap<>(10, clock);
        map.putIfAbsent("k", "first", T0.plusSeconds(60));

        now = T0.plus(Duration.ofSeconds(60));

        assertNull(map.putIfAbsent("k", "second", now.plusSeconds(60)));
        assertEquals("second", map.putIfAbsent("k", "third", now.plusSeconds(60)));
    }

    @Test
    void fullMapForgetsExpiredEntriesBeforeTheOldestLiveOne() {
        ExpiringMap<String, String> map = new ExpiringMap<>(2, clock);
        map.putIfAbsent("old-but-long", "a", T0.plusSeconds(600));
        map.putIfAbsent("short", "b", T0.plusSeconds(10));
        now = T0.plusSeconds(20);

        map.putIfAbsent("new", "c", now.plusSeconds(600));

        assertEquals("a", map.putIfAbsent("old-but-long", "x", now.plusSeconds(600)));
    }

    @Test
    void fullMapOfLiveEntriesForgetsTheOldest() {
        ExpiringMap<String, String> map = new ExpiringMap<>(2, clock);
        map.putIfAbsent("first", "a", T0.plusSeconds(600));
        map.putIfAbsent("second", "b", T0.plusSeconds(600));

        map.putIfAbsent("third", "c", T0.plusSeconds(600));

        assertNull(map.putIfAbsent("first", "again", T0.plusSeconds(600)));
        assertEquals("c", map.putIfAbsent("third", "x", T0.plusSeconds(600)));
    }

    @Test
    void removeForgetsOnlyTheGivenValue() {
        ExpiringMap<String, String> map = new ExpiringMap<>(10, clock);
        map.putIfAbsent("k", "first", T0.plusSeconds(60));

        map.remove("k", "other");
        assertEquals("first", map.putIfAbsent("k", "x", T0.plusSeconds(60)));
        map.remove("k", "first");
        assertNull(map.putIfAbsent("k", "second", T0.plusSeconds(60)));
    }

    @Test
    void containsLiveSeesAValueUntilItExpires() {
        ExpiringMap<String, String> map = new ExpiringMap<>(10, clock);
        map.putIfAbsent("k", "v", T0.plusSeconds(60));

        assertTrue(map.containsLive("k"));
        assertFalse(map.containsLive("other"));
        now = T0.plusSeconds(60);
        assertFalse(map.containsLive("k"));
    }
}
