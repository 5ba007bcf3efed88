package io.herald.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.herald.deploy.ServiceProperties.Consumer;

/**
 * A ScaledObject follows the lag of what its Deployment really consumes: each kafka trigger's consumer group and topic
 * are those of one of the service's incoming channels (its module's application.properties), and it asks the Kafka
 * the service is given (KAFKA_BOOTSTRAP_SERVERS).
 */
final class ScalersMatchConsumers implements Invariant {

    static final String BOOTSTRAP_SERVERS = "KAFKA_BOOTSTRAP_SERVERS";

    @Override
    public List<String> violations(Manifests manifests) {
        List<String> violations = new ArrayList<>();
        for (Manifest scaledObject : manifests.all("ScaledObject")) {
            Optional<Manifest> target = manifests.target(scaledObject);
            if (target.isEmpty()) {
                violations.add(scaledObject + " scales no Deployment of these manifests");
                continue;
            }
            Manifest deployment = target.get();
            Optional<ServiceProperties> service = manifests.service(deployment);
            if (service.isEmpty()) {
                violations.add(scaledObject + " scales " + deployment + ", but the repository has no module "
                        + deployment.name() + " with an application.properties");
                continue;
            }
            Set<Consumer> consumers = service.get().consumers();
            for (JsonNode trigger : ReplicasWithinPartitions.kafkaTriggers(scaledObject)) {
                JsonNode metadata = trigger.path("metadata");
                Consumer followed = new Consumer(metadata.path("consumerGroup").asText(),
                        metadata.path("topic").asText());
                if (!consumers.contains(followed)) {
                    violations.add(scaledObject + " follows " + followed + ", but " + deployment.name()
                            + " consumes " + consumers);
                }
                String asked = metadata.path("bootstrapServers").asText();
                for (JsonNode container : deployment.containers()) {
                    String given = manifests.environment(deployment, container).get(BOOTSTRAP_SERVERS);
                    if (!asked.equals(given)) {
                        violations.add(scaledObject + " asks " + asked + " for the lag, but " + deployment.name()
                                + " consumes from " + given);
                    }
                }
            }
        }
        return violations;
    }
}
