package io.herald.devstack;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;

/**
 * A persistent single-node Kafka (KRaft, combined broker + controller) in this JVM, for the local
 * launcher: it listens on a fixed port and keeps its log in a data directory that is formatted only the
 * first time, so topics and records survive a restart. Tests use {@link KafkaBroker} instead.
 */
public final class KafkaServer implements AutoCloseable {

    private static final int NODE_ID = 1;
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    /** Only the broker itself talks to its controller. */
    private static final String CONTROLLER_HOST = "127.0.0.1";
    /**
     * Every append is on the disk before it is acknowledged: a single broker has no replica to recover from
     * after a power cut, and Kafka's default (the page cache) may lose the last seconds of acknowledged
     * articles then. Measured with the ingest benchmark (README, "Durability of the embedded default"): bulk
     * intake barely notices it; one-by-one POSTs pay one fsync each, still far above a newsroom's rate.
     */
    static final BrokerFlush FLUSH = BrokerFlush.EVERY_MESSAGE;

    private final KafkaRaftServer server;
    private final String clientHost;
    private final int port;

    private KafkaServer(KafkaRaftServer server, String clientHost, int port) {
        this.server = server;
        this.clientHost = clientHost;
        this.port = port;
    }

    /** As {@link #start(Path, String, int, int, int)}, listening on 127.0.0.1. */
    public static KafkaServer start(Path dataDirectory, int port, int controllerPort, int defaultPartitions) {
        return start(dataDirectory, StackConfig.DEFAULT_BIND_ADDRESS, port, controllerPort, defaultPartitions);
    }

    /**
     * Starts the broker on {@code listenAddress}:{@code port} with its controller on 127.0.0.1:{@code controllerPort},
     * formatting {@code dataDirectory} if it holds no {@code meta.properties} yet. Topics created automatically
     * get {@code defaultPartitions} partitions.
     */
    public static KafkaServer start(Path dataDirectory, String listenAddress, int port, int controllerPort, int defaultPartitions) {
        String clientHost = ListenAddress.clientHost(listenAddress);
        KafkaConfig config = KafkaConfig.fromProps(serverProperties(dataDirectory, listenAddress, clientHost, port,
                controllerPort, defaultPartitions));
        KafkaRaftServer server;
        try {
            if (!Files.exists(dataDirectory.resolve("meta.properties"))) {
                format(dataDirectory);
            }
            server = new KafkaRaftServer(config, Time.SYSTEM);
        } catch (Exception e) {
            throw new IllegalStateException("Kafka could not prepare " + dataDirectory + ": " + e.getMessage(), e);
        }
        try {
            server.startup();
        } catch (RuntimeException e) {
            server.shutdown();
            throw new IllegalStateException("Kafka did not start on port " + port + ": " + e.getMessage(), e);
        }
        return new KafkaServer(server, clientHost, port);
    }

    public String bootstrapServers() {
        return clientHost + ":" + port;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }

    private static Properties serverProperties(Path dataDirectory, String listenAddress, String clientHost, int port,
                                               int controllerPort, int defaultPartitions) {
        Properties properties = new Properties();
        properties.putAll(Map.ofEntries(
                Map.entry("process.roles", "broker,controller"),
                Map.entry("node.id", String.valueOf(NODE_ID)),
                Map.entry("controller.quorum.voters", NODE_ID + "@" + CONTROLLER_HOST + ":" + controllerPort),
                Map.entry("listeners", "PLAINTEXT://" + ListenAddress.urlHost(listenAddress) + ":" + port + ","
                        + CONTROLLER_LISTENER + "://" + CONTROLLER_HOST + ":" + controllerPort),
                Map.entry("advertised.listeners", "PLAINTEXT://" + clientHost + ":" + port),
                Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT"),
                Map.entry("controller.listener.names", CONTROLLER_LISTENER),
                Map.entry("inter.broker.listener.name", "PLAINTEXT"),
                Map.entry("log.dirs", dataDirectory.toAbsolutePath().toString()),
                Map.entry("num.partitions", String.valueOf(defaultPartitions)),
                Map.entry("offsets.topic.replication.factor", "1"),
                Map.entry("transaction.state.log.replication.factor", "1"),
                Map.entry("transaction.state.log.min.isr", "1"),
                Map.entry("share.coordinator.state.topic.replication.factor", "1"),
                Map.entry("share.coordinator.state.topic.min.isr", "1"),
                Map.entry("group.initial.rebalance.delay.ms", "0")));
        properties.putAll(FLUSH.brokerProperties());
        return properties;
    }

    /** What {@code kafka-storage.sh format} does: a new cluster id, meta.properties and the bootstrap checkpoint. */
    private static void format(Path dataDirectory) throws Exception {
        Files.createDirectories(dataDirectory);
        String directory = dataDirectory.toAbsolutePath().toString();
        new Formatter()
                .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                .setNodeId(NODE_ID)
                .setClusterId(Uuid.randomUuid().toString())
                .setDirectories(List.of(directory))
                .setMetadataLogDirectory(directory)
                .setControllerListenerName(CONTROLLER_LISTENER)
                .run();
    }
}
