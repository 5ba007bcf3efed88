package io.herald.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import io.herald.deploy.SecretTemplate.Secret;

/**
 * Every Secret the manifests read is in the Secrets template, with every key they read: a container's variables
 * (secretKeyRef, envFrom secretRef) and secret volumes, and the passwords of the PostgreSQL cluster's managed roles
 * (CloudNativePG wants a kubernetes.io/basic-auth Secret whose username is the role).
 */
final class SecretsInTemplate implements Invariant {

    static final String BASIC_AUTH = "kubernetes.io/basic-auth";

    @Override
    public List<String> violations(Manifests manifests) {
        SecretTemplate template = manifests.secrets();
        List<String> violations = new ArrayList<>();
        for (Manifest deployment : manifests.all("Deployment")) {
            for (JsonNode container : deployment.containers()) {
                String where = deployment + ", container " + container.path("name").asText();
                for (JsonNode variable : container.path("env")) {
                    JsonNode reference = variable.path("valueFrom").path("secretKeyRef");
                    if (!reference.isMissingNode()) {
                        String what = where + ": " + variable.path("name").asText();
                        key(template, reference.path("name").asText(), reference.path("key").asText(), what,
                                violations);
                    }
                }
                for (JsonNode source : container.path("envFrom")) {
                    Manifest.text(source.path("secretRef").path("name")).ifPresent(
                            name -> secret(template, name, where + "'s envFrom", violations));
                }
            }
            for (JsonNode volume : deployment.spec().path("template").path("spec").path("volumes")) {
                Manifest.text(volume.path("secret").path("secretName")).ifPresent(
                        name -> secret(template, name, deployment + "'s volume " + volume.path("name").asText(),
                                violations));
            }
        }
        for (Manifest cluster : manifests.all("Cluster")) {
            for (JsonNode role : cluster.spec().path("managed").path("roles")) {
                Manifest.text(role.path("passwordSecret").path("name")).ifPresent(name -> loginRole(template, name,
                        role.path("name").asText(), cluster + ", role " + role.path("name").asText(), violations));
            }
        }
        return violations;
    }

    private static Optional<Secret> secret(SecretTemplate template, String name, String what, List<String> violations) {
        Optional<Secret> secret = template.secret(name);
        if (secret.isEmpty()) {
            violations.add(what + " reads Secret " + name + ", which " + SecretTemplate.FILE + " does not have");
        }
        return secret;
    }

    private static void key(SecretTemplate template, String name, String key, String what, List<String> violations) {
        secret(template, name, what, violations).filter(secret -> !secret.values().containsKey(key)).ifPresent(
                secret -> violations.add(what + " reads key " + key + " of Secret " + name + ", which "
                        + SecretTemplate.FILE + " does not have"));
    }

    private static void loginRole(SecretTemplate template, String name, String role, String what,
            List<String> violations) {
        secret(template, name, what, violations).ifPresent(secret -> {
            if (!BASIC_AUTH.equals(secret.type())) {
                violations.add(what + ": Secret " + name + " is of type " + secret.type() + ", not " + BASIC_AUTH);
            }
            if (!role.equals(secret.values().get("username"))) {
                violations.add(what + ": Secret " + name + " has username " + secret.values().get("username")
                        + ", not " + role);
            }
            if (!secret.values().containsKey("password")) {
                violations.add(what + ": Secret " + name + " has no password");
            }
        });
    }
}
