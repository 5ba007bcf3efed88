package io.herald.deploy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The Secrets an operator creates before applying the manifests, from the committed example
 * ({@code secrets.example.yaml} beside the kustomization): each Secret's type and keys with their placeholder values.
 */
final class SecretTemplate {

    static final String FILE = "secrets.example.yaml";

    /** One Secret: its type and its keys with their (placeholder) values. */
    record Secret(String name, String type, Map<String, String> values) {
    }

    private final Map<String, Secret> secrets;

    private SecretTemplate(Map<String, Secret> secrets) {
        this.secrets = secrets;
    }

    /** The template beside the kustomization in {@code directory}. */
    static SecretTemplate beside(Path directory) {
        Map<String, Secret> secrets = new LinkedHashMap<>();
        for (JsonNode document : Kustomization.documents(directory.resolve(FILE))) {
            if (!"Secret".equals(document.path("kind").asText())) {
                throw new IllegalStateException(FILE + " holds a " + document.path("kind").asText() + ": Secrets only");
            }
            Map<String, String> values = new LinkedHashMap<>();
            document.path("stringData").fields().forEachRemaining(field -> values.put(field.getKey(),
                    field.getValue().asText()));
            document.path("data").fields().forEachRemaining(field -> values.put(field.getKey(), new String(
                    Base64.getDecoder().decode(field.getValue().asText()), StandardCharsets.UTF_8)));
            String name = document.path("metadata").path("name").asText();
            secrets.put(name, new Secret(name, document.path("type").asText("Opaque"), values));
        }
        return new SecretTemplate(secrets);
    }

    Optional<Secret> secret(String name) {
        return Optional.ofNullable(secrets.get(name));
    }

    Iterable<Secret> all() {
        return secrets.values();
    }
}
