package io.herald.deploy;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every Deployment's pods are selected by a PodDisruptionBudget of its namespace (by matchLabels), and every budget
 * says how many pods a drain may take (minAvailable or maxUnavailable).
 */
final class DisruptionBudgets implements Invariant {

    @Override
    public List<String> violations(Manifests manifests) {
        List<String> violations = new ArrayList<>();
        List<Manifest> budgets = manifests.all("PodDisruptionBudget");
        for (Manifest deployment : manifests.all("Deployment")) {
            boolean covered = budgets.stream().filter(budget -> budget.sameNamespaceAs(deployment))
                    .anyMatch(budget -> selects(budget, deployment.podLabels()));
            if (!covered) {
                violations.add(deployment + " has no PodDisruptionBudget selecting its pods");
            }
        }
        for (Manifest budget : budgets) {
            if (!budget.spec().has("minAvailable") && !budget.spec().has("maxUnavailable")) {
                violations.add(budget + " sets neither minAvailable nor maxUnavailable");
            }
        }
        return violations;
    }

    private static boolean selects(Manifest budget, JsonNode podLabels) {
        JsonNode selector = budget.spec().path("selector");
        JsonNode matchLabels = selector.path("matchLabels");
        if (matchLabels.isEmpty() || selector.has("matchExpressions")) {
            return false;
        }
        List<Boolean> matches = new ArrayList<>();
        matchLabels.fields().forEachRemaining(label -> matches.add(
                label.getValue().asText().equals(podLabels.path(label.getKey()).asText(null))));
        return !matches.contains(false);
    }
}
