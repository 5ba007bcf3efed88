package io.herald.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A consumer scaled by lag never runs more replicas than its topic has partitions (a replica beyond them would get
 * no partition and sit idle): every kafka trigger of a ScaledObject names a topic that a KafkaTopic declares, with at
 * least maxReplicaCount partitions.
 */
final class ReplicasWithinPartitions implements Invariant {

    @Override
    public List<String> violations(Manifests manifests) {
        List<String> violations = new ArrayList<>();
        for (Manifest scaledObject : manifests.all("ScaledObject")) {
            int maxReplicas = scaledObject.spec().path("maxReplicaCount").asInt(Manifests.KEDA_DEFAULT_MAX_REPLICAS);
            for (JsonNode trigger : kafkaTriggers(scaledObject)) {
                Optional<String> topic = Manifest.text(trigger.path("metadata").path("topic"));
                if (topic.isEmpty()) {
                    violations.add(scaledObject + " has a kafka trigger without a topic (it would count every topic"
                            + " of the group)");
                    continue;
                }
                Optional<Manifest> declared = manifests.kafkaTopic(topic.get());
                if (declared.isEmpty()) {
                    violations.add(scaledObject + " follows " + topic.get() + ", which no KafkaTopic declares");
                    continue;
                }
                int partitions = declared.get().spec().path("partitions").asInt();
                if (maxReplicas > partitions) {
                    violations.add(scaledObject + " may run " + maxReplicas + " replicas, more than the " + partitions
                            + " partitions of " + topic.get());
                }
            }
        }
        return violations;
    }

    static List<JsonNode> kafkaTriggers(Manifest scaledObject) {
        List<JsonNode> triggers = new ArrayList<>();
        for (JsonNode trigger : scaledObject.spec().path("triggers")) {
            if ("kafka".equals(trigger.path("type").asText())) {
                triggers.add(trigger);
            }
        }
        return triggers;
    }
}
