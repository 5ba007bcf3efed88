package io.herald.deploy;

import java.util.ArrayList;
import java.util.List;

/**
 * Every topic a deployed service reads or writes (its channels, dead-letter topics and own topic settings) is a
 * KafkaTopic: the cluster creates no topic on a client's request. A Deployment whose module is not in the repository
 * has no application.properties to read and is left to the other rules.
 */
final class TopicsDeclared implements Invariant {

    @Override
    public List<String> violations(Manifests manifests) {
        List<String> violations = new ArrayList<>();
        for (Manifest deployment : manifests.all("Deployment")) {
            manifests.service(deployment).ifPresent(service -> {
                for (String topic : service.topics()) {
                    if (manifests.kafkaTopic(topic).isEmpty()) {
                        violations.add(deployment + " uses " + topic + ", which no KafkaTopic declares");
                    }
                }
            });
        }
        return violations;
    }
}
