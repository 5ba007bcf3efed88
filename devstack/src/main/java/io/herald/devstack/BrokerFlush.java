package io.herald.devstack;

import java.util.Locale;
import java.util.Map;

/**
 * When a broker forces what it appended to a partition's log onto the disk (fsync). Either way an
 * acknowledged record is in the broker's log file before the producer's ack; the choice is whether the
 * file must also be on the disk then, or may stay in the operating system's page cache for a while.
 */
public enum BrokerFlush {
    /**
     * Kafka's default: the operating system writes the log out when it likes (ext4: within about 30 s),
     * and the broker flushes on a clean shutdown. Survives the broker process' crash; a power cut may lose
     * the last seconds of acknowledged records on a single broker.
     */
    PAGE_CACHE(Map.of()),
    /**
     * {@code log.flush.interval.messages=1}: every append (one produce request's records for one
     * partition) is flushed before it is acknowledged. Survives a power cut too.
     */
    EVERY_MESSAGE(Map.of("log.flush.interval.messages", "1"));

    private final Map<String, String> brokerProperties;

    BrokerFlush(Map<String, String> brokerProperties) {
        this.brokerProperties = brokerProperties;
    }

    /** The broker settings that choose this behaviour (none for Kafka's default). */
    public Map<String, String> brokerProperties() {
        return brokerProperties;
    }

    /** e.g. {@code every-message}, as benchmarks name it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The flush named by {@link #label()}. */
    public static BrokerFlush ofLabel(String label) {
        for (BrokerFlush flush : values()) {
            if (flush.label().equals(label)) {
                return flush;
            }
        }
        throw new IllegalArgumentException("unknown broker flush '" + label + "'; one of page-cache, every-message");
    }
}
