package io.herald.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.herald.deploy.SecretTemplate.Secret;

/**
 * The committed Secrets template holds no secret: every value but a database username is a {@value #PLACEHOLDER}
 * for the operator to replace (an operator key list keeps its name:, e.g. ops:CHANGE-ME).
 */
final class PlaceholdersOnly implements Invariant {

    static final String PLACEHOLDER = "CHANGE-ME";

    @Override
    public List<String> violations(Manifests manifests) {
        List<String> violations = new ArrayList<>();
        for (Secret secret : manifests.secrets().all()) {
            for (Map.Entry<String, String> value : secret.values().entrySet()) {
                if (!value.getKey().equals("username") && !value.getValue().contains(PLACEHOLDER)) {
                    violations.add(SecretTemplate.FILE + ": Secret " + secret.name() + " has a value for "
                            + value.getKey() + " instead of " + PLACEHOLDER);
                }
            }
        }
        return violations;
    }
}
