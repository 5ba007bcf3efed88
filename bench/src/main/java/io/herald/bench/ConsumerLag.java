package io.herald.bench;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import io.herald.events.EventContract;

/**
 * The lag of Herald's consumer groups (records on their topic not yet committed), read with Kafka's Admin API: each
 * group's committed offsets against its topic's end offsets, summed over the partitions.
 */
final class ConsumerLag implements AutoCloseable {

    /** Each pipeline consumer group and the topic it reads, in pipeline order. */
    static final Map<String, String> GROUPS = groups();

    private final Admin admin;
    private final Map<TopicPartition, OffsetSpec> latest = new HashMap<>();

    ConsumerLag(String bootstrapServers) throws ExecutionException, InterruptedException {
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
        for (String topic : Set.copyOf(GROUPS.values())) {
            admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()
                    .forEach(partition -> latest.put(new TopicPartition(topic, partition.partition()), OffsetSpec.latest()));
        }
    }

    /** Each group's lag, in {@link #GROUPS}' order. */
    Map<String, Long> lags() throws ExecutionException, InterruptedException {
        Map<String, Long> ends = new HashMap<>();
        for (Map.Entry<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> end
                : admin.listOffsets(latest).all().get().entrySet()) {
            ends.merge(end.getKey().topic(), end.getValue().offset(), Long::sum);
        }
        Map<String, Long> lags = new LinkedHashMap<>();
        for (Map.Entry<String, String> group : GROUPS.entrySet()) {
            long committed = 0;
            for (Map.Entry<TopicPartition, OffsetAndMetadata> offset : admin.listConsumerGroupOffsets(group.getKey())
                    .partitionsToOffsetAndMetadata().get().entrySet()) {
                if (offset.getKey().topic().equals(group.getValue()) && offset.getValue() != null) {
                    committed += offset.getValue().offset();
                }
            }
            lags.put(group.getKey(), ends.get(group.getValue()) - committed);
        }
        return lags;
    }

    @Override
    public void close() {
        admin.close();
    }

    private static Map<String, String> groups() {
        Map<String, String> groups = new LinkedHashMap<>();
        groups.put("catalog", EventContract.ARTICLES_SUBMITTED);
        groups.put("render", EventContract.ARTICLES_SUBMITTED);
        groups.put("wechat", EventContract.ARTICLES_RENDERED);
        return groups;
    }
}
