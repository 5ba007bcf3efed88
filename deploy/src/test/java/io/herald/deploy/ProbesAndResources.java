package io.herald.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every container of every Deployment has a readiness probe on {@value #READY} and a liveness probe on {@value #LIVE}
 * (SmallRye Health: readiness includes Kafka and the database, liveness the consumers' channels), both on a port it
 * declares, and requests and limits of CPU and memory.
 */
final class ProbesAndResources implements Invariant {

    static final String READY = "/q/health/ready";
    static final String LIVE = "/q/health/live";
    private static final List<String> AMOUNTS = List.of("requests", "limits");
    private static final List<String> RESOURCES = List.of("cpu", "memory");

    @Override
    public List<String> violations(Manifests manifests) {
        List<String> violations = new ArrayList<>();
        for (Manifest deployment : manifests.all("Deployment")) {
            if (deployment.containers().isEmpty()) {
                violations.add(deployment + " has no container");
            }
            for (JsonNode container : deployment.containers()) {
                String where = deployment + ", container " + container.path("name").asText();
                probe(container, "readinessProbe", READY, where, violations);
                probe(container, "livenessProbe", LIVE, where, violations);
                for (String amount : AMOUNTS) {
                    for (String resource : RESOURCES) {
                        if (Manifest.text(container.path("resources").path(amount).path(resource)).isEmpty()) {
                            violations.add(where + " has no " + resource + " " + amount);
                        }
                    }
                }
            }
        }
        return violations;
    }

    private static void probe(JsonNode container, String probe, String path, String where, List<String> violations) {
        JsonNode httpGet = container.path(probe).path("httpGet");
        if (!path.equals(httpGet.path("path").asText())) {
            violations.add(where + " has no " + probe + " on " + path);
            return;
        }
        String port = httpGet.path("port").asText();
        boolean declared = StreamSupport.stream(container.path("ports").spliterator(), false).anyMatch(
                declaredPort -> port.equals(declaredPort.path("name").asText())
                        || port.equals(declaredPort.path("containerPort").asText()));
        if (!declared) {
            violations.add(where + ": its " + probe + " asks port " + port + ", which the container does not declare");
        }
    }
}
