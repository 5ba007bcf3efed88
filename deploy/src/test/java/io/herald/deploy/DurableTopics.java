package io.herald.deploy;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every KafkaTopic keeps {@value #REPLICAS} replicas and takes a write only while {@value #MIN_IN_SYNC} are in
 * sync, and the Kafka cluster's defaults say the same: an acknowledged record survives the loss of any one broker,
 * and the pipeline keeps running through it.
 */
final class DurableTopics implements Invariant {

    static final int REPLICAS = 3;
    static final int MIN_IN_SYNC = 2;
    private static final String MIN_IN_SYNC_SETTING = "min.insync.replicas";
    private static final String DEFAULT_REPLICATION_SETTING = "default.replication.factor";

    @Override
    public List<String> violations(Manifests manifests) {
        List<String> violations = new ArrayList<>();
        for (Manifest topic : manifests.all("KafkaTopic")) {
            expect(topic, "replicas", topic.spec().path("replicas"), REPLICAS, violations);
            expect(topic, MIN_IN_SYNC_SETTING, topic.spec().path("config").path(MIN_IN_SYNC_SETTING), MIN_IN_SYNC,
                    violations);
        }
        for (Manifest kafka : manifests.all("Kafka")) {
            JsonNode config = kafka.spec().path("kafka").path("config");
            expect(kafka, DEFAULT_REPLICATION_SETTING, config.path(DEFAULT_REPLICATION_SETTING), REPLICAS, violations);
            expect(kafka, MIN_IN_SYNC_SETTING, config.path(MIN_IN_SYNC_SETTING), MIN_IN_SYNC, violations);
        }
        return violations;
    }

    private static void expect(Manifest manifest, String setting, JsonNode value, int expected,
            List<String> violations) {
        if (!Integer.toString(expected).equals(value.asText())) {
            violations.add(manifest + " has " + setting + " " + Manifest.text(value).orElse("unset") + ", not "
                    + expected);
        }
    }
}
