package io.herald.devstack;

import java.nio.file.Path;
import java.util.List;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

import kafka.server.BrokerServer;

/**
 * A real single-node Kafka broker (KRaft, combined broker + controller) running in this JVM on an
 * ephemeral port, for tests. Its logs live under the given directory and are deleted on close.
 */
public final class KafkaBroker implements AutoCloseable {

    private final KafkaClusterTestKit cluster;

    private KafkaBroker(KafkaClusterTestKit cluster) {
        this.cluster = cluster;
    }

    /** Formats and starts a broker whose topics get {@code defaultPartitions} partitions when auto-created. */
    public static KafkaBroker start(Path baseDirectory, int defaultPartitions) {
        // Tests keep Kafka's default: they never survive a power cut anyway.
        return start(baseDirectory, defaultPartitions, BrokerFlush.PAGE_CACHE);
    }

    /** As {@link #start(Path, int)}, flushing its log as {@code flush} says (benchmarks compare the two). */
    public static KafkaBroker start(Path baseDirectory, int defaultPartitions, BrokerFlush flush) {
        try {
            KafkaClusterTestKit.Builder builder = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .setBaseDirectory(baseDirectory)
                    .build())
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .setConfigProp("num.partitions", String.valueOf(defaultPartitions));
            flush.brokerProperties().forEach(builder::setConfigProp);
            KafkaClusterTestKit cluster = builder.build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            return new KafkaBroker(cluster);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting Kafka", e);
        } catch (Exception e) {
            throw new IllegalStateException("Kafka did not start under " + baseDirectory + ": " + e.getMessage(), e);
        }
    }

    public String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    /**
     * Shuts the broker down while its controller keeps running, so that clients find Kafka unreachable until
     * {@link #startBroker()}.
     */
    public void stopBroker() {
        cluster.brokers().values().forEach(BrokerServer::shutdown);
    }

    /** Starts the broker again on the same port (the address clients were given stays valid) and waits for it. */
    public void startBroker() {
        cluster.brokers().values().forEach(BrokerServer::startup);
        try {
            cluster.waitForReadyBrokers();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while restarting Kafka", e);
        } catch (Exception e) {
            throw new IllegalStateException("Kafka did not restart: " + e.getMessage(), e);
        }
    }

    /** Creates the topics that do not exist yet, each with {@code partitions} partitions. */
    public void createTopics(List<String> names, int partitions) {
        createTopics(bootstrapServers(), names, partitions);
    }

    /** Creates the topics that do not exist yet on any broker, each with {@code partitions} partitions. */
    public static void createTopics(String bootstrapServers, List<String> names, int partitions) {
        TopicAdmin.createMissing(bootstrapServers, names.stream()
                .map(name -> new NewTopic(name, partitions, (short) 1))
                .toList());
    }

    @Override
    public void close() throws Exception {
        cluster.close();
    }
}
