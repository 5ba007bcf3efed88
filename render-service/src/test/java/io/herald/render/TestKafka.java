package io.herald.render;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.common.serialization.Serdes;

import io.herald.events.testing.SubmittedTopic;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/** Sends events as ingest-service does ({@link SubmittedTopic}) and reads topics back. */
public final class TestKafka extends SubmittedTopic {

    private final KafkaCompanion companion;

    public TestKafka(String bootstrapServers) {
        super(bootstrapServers);
        companion = new KafkaCompanion(bootstrapServers);
    }

    /** Reads the topic from its beginning in the background; the task collects every record. */
    public ConsumerTask<String, byte[]> read(String topic) {
        return companion.consume(Serdes.String(), Serdes.ByteArray())
                .withOffsetReset(OffsetResetStrategy.EARLIEST)
                .fromTopics(topic);
    }

    /** The records collected so far with this key. */
    public static List<ConsumerRecord<String, byte[]>> withKey(ConsumerTask<String, byte[]> task, String key) {
        return task.getRecords().stream().filter(record -> key.equals(record.key())).toList();
    }

    @Override
    public void close() {
        super.close();
        companion.close();
    }
}
