package io.herald.catalog.replay;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;

/** Where the operators' tools (dead letters, rebuild) read from, and how patiently. */
@ConfigMapping(prefix = "herald.catalog.operations")
public interface OperationsConfig {

    /** The topic the catalog consumes, replayed by a rebuild. */
    String sourceTopic();

    /** The topic the catalog's dead letters are written to. */
    String deadLetterTopic();

    /** How long one poll waits for records. */
    Duration pollTimeout();

    /** How long a read may go without any progress before it gives up (the broker is unreachable). */
    Duration stallTimeout();
}
