package io.herald.devstack;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates Kafka topics that do not exist yet; an existing topic keeps its partitions and gets the configs
 * given (e.g. a larger {@code max.message.bytes} on a stack created before), others left as they are.
 */
public final class TopicAdmin {

    private TopicAdmin() {
    }

    public static void createMissing(String bootstrapServers, Collection<NewTopic> topics) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            for (NewTopic topic : topics) {
                try {
                    admin.createTopics(List.of(topic)).all().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create topic " + topic.name() + ": " + e.getCause().getMessage(), e);
                    }
                    applyConfigs(admin, topic);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        }
    }

    private static void applyConfigs(Admin admin, NewTopic topic) throws InterruptedException {
        if (topic.configs() == null || topic.configs().isEmpty()) {
            return;
        }
        List<AlterConfigOp> changes = topic.configs().entrySet().stream()
                .map(config -> new AlterConfigOp(new ConfigEntry(config.getKey(), config.getValue()), AlterConfigOp.OpType.SET))
                .toList();
        try {
            admin.incrementalAlterConfigs(Map.of(new ConfigResource(ConfigResource.Type.TOPIC, topic.name()), changes))
                    .all().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot configure topic " + topic.name() + ": " + e.getCause().getMessage(), e);
        }
    }
}
