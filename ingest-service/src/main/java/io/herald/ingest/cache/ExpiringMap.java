package io.herald.ingest.cache;

import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers values until their expiry, at most {@code capacity} of them, in this instance's memory only:
 * when full, expired entries are dropped first, then the oldest.
 */
public final class ExpiringMap<K, V> {

    private record Entry<V>(V value, Instant expiresAt) {
    }

    private final Map<K, Entry<V>> entries = new LinkedHashMap<>();
    private final int capacity;
    private final Clock clock;

    public ExpiringMap(int capacity, Clock clock) {
        this.capacity = capacity;
        this.clock = clock;
    }

    /** Stores {@code value} until {@code expiresAt} unless {@code key} holds a live one; returns that one, or null. */
    public synchronized V putIfAbsent(K key, V value, Instant expiresAt) {
        Instant now = clock.instant();
        Entry<V> known = entries.get(key);
        if (known != null && known.expiresAt().isAfter(now)) {
            return known.value();
        }
        entries.remove(key);
        if (entries.size() >= capacity) {
            entries.values().removeIf(entry -> !entry.expiresAt().isAfter(now));
        }
        Iterator<K> oldest = entries.keySet().iterator();
        while (entries.size() >= capacity && oldest.hasNext()) {
            oldest.next();
            oldest.remove();
        }
        entries.put(key, new Entry<>(value, expiresAt));
        return null;
    }

    /** Whether {@code key} holds a value that has not expired. */
    public synchronized boolean containsLive(K key) {
        Entry<V> known = entries.get(key);
        return known != null && known.expiresAt().isAfter(clock.instant());
    }

    /** Forgets {@code key} if it still holds {@code value}. */
    public synchronized void remove(K key, V value) {
        Entry<V> known = entries.get(key);
        if (known != null && known.value() == value) {
            entries.remove(key);
        }
    }
}
