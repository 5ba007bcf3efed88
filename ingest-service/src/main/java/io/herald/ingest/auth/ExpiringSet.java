package io.herald.ingest.auth;

import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers strings until their expiry, at most {@code capacity} of them (in memory, per instance): when full,
 * expired entries are dropped first, then the oldest.
 */
final class ExpiringSet {

    private final Map<String, Instant> expiries = new LinkedHashMap<>();
    private final int capacity;
    private final Clock clock;

    ExpiringSet(int capacity, Clock clock) {
        this.capacity = capacity;
        this.clock = clock;
    }

    /** Adds {@code value} until {@code expiresAt}; false if it was already there and not yet expired. */
    synchronized boolean addIfAbsent(String value, Instant expiresAt) {
        Instant now = clock.instant();
        Instant known = expiries.get(value);
        if (known != null && known.isAfter(now)) {
            return false;
        }
        expiries.remove(value);
        if (expiries.size() >= capacity) {
            expiries.values().removeIf(expiry -> !expiry.isAfter(now));
        }
        Iterator<String> oldest = expiries.keySet().iterator();
        while (expiries.size() >= capacity && oldest.hasNext()) {
            oldest.next();
            oldest.remove();
        }
        expiries.put(value, expiresAt);
        return true;
    }
}
