package io.herald.faults;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

import io.herald.devstack.TopicAdmin;
import io.herald.events.EventContract;

/**
 * Real Kafka brokers (KRaft, one separate controller) in the test JVM, with Herald's topics replicated to
 * every broker, up to three, and {@code min.insync.replicas} one less: one broker may be down and every
 * acknowledged record is still on two.
 */
final class KafkaCluster implements AutoCloseable {

    private final KafkaClusterTestKit cluster;
    private final int brokers;

    private KafkaCluster(KafkaClusterTestKit cluster, int brokers) {
        this.cluster = cluster;
        this.brokers = brokers;
    }

    static KafkaCluster start(Path baseDirectory, int brokers) {
        String replication = String.valueOf(Math.min(brokers, 3));
        try {
            KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(false)
                    .setNumBrokerNodes(brokers)
                    .setNumControllerNodes(1)
                    .setBaseDirectory(baseDirectory)
                    .build())
                    .setConfigProp("offsets.topic.replication.factor", replication)
                    .setConfigProp("transaction.state.log.replication.factor", replication)
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .setConfigProp("num.partitions", String.valueOf(EventContract.DEFAULT_PARTITIONS))
                    .setConfigProp("default.replication.factor", replication)
                    .build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            KafkaCluster started = new KafkaCluster(cluster, brokers);
            started.createTopics();
            return started;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting Kafka", e);
        } catch (Exception e) {
            throw new IllegalStateException("Kafka did not start under " + baseDirectory + ": " + e.getMessage(), e);
        }
    }

    String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    private void createTopics() {
        short replication = (short) Math.min(brokers, 3);
        String minInsync = String.valueOf(Math.max(1, replication - 1));
        TopicAdmin.createMissing(bootstrapServers(), List.of(
                EventContract.ARTICLES_SUBMITTED, EventContract.ARTICLES_RENDERED,
                EventContract.ARTICLES_SUBMITTED_CATALOG_DLQ, EventContract.ARTICLES_SUBMITTED_RENDER_DLQ,
                EventContract.ARTICLES_RENDERED_WECHAT_DLQ).stream()
                .map(name -> new NewTopic(name, EventContract.DEFAULT_PARTITIONS, replication)
                        .configs(Map.of(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, minInsync)))
                .toList());
    }

    /** The broker that leads partition 0 of {@code topic}. */
    int leaderOf(String topic) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
            return description.partitions().get(0).leader().id();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while describing " + topic, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot describe " + topic + ": " + e.getCause().getMessage(), e);
        }
    }

    /** Shuts broker {@code id} down (its clients see it gone), waits {@code down}, then starts it again on its port. */
    void bounce(int id, Duration down) throws InterruptedException {
        cluster.brokers().get(id).shutdown();
        Thread.sleep(down.toMillis());
        cluster.brokers().get(id).startup();
    }

    @Override
    public void close() throws Exception {
        cluster.close();
    }
}
