package io.herald.console.kafka;

import static java.nio.charset.StandardCharsets.UTF_8;

import org.apache.kafka.common.utils.Utils;

/** The partition Kafka's default partitioner gives a record with a key, as every Herald producer leaves it to. */
public final class KeyPartition {

    private KeyPartition() {
    }

    /** The partition of {@code key} (as UTF-8, as the services' string keys are written) among {@code partitions}. */
    public static int of(String key, int partitions) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(UTF_8))) % partitions;
    }
}
