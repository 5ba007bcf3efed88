package io.herald.deploy;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One Kubernetes resource of a kustomization, as written in its file.
 *
 * @param namespace the namespace the kustomization puts it in (or its own, or {@code default})
 * @param body the whole resource
 * @param source the file it was read from
 */
record Manifest(String kind, String namespace, String name, JsonNode body, Path source) {

    /** "Deployment catalog-service": how a violation names it. */
    @Override
    public String toString() {
        return kind + " " + name;
    }

    JsonNode spec() {
        return body.path("spec");
    }

    /** The labels of a Deployment's pods. */
    JsonNode podLabels() {
        return spec().path("template").path("metadata").path("labels");
    }

    JsonNode containers() {
        return spec().path("template").path("spec").path("containers");
    }

    boolean sameNamespaceAs(Manifest other) {
        return namespace.equals(other.namespace);
    }

    static Predicate<Manifest> ofKind(String kind) {
        return manifest -> manifest.kind.equals(kind);
    }

    /** A text field, or empty when the node is absent, null or blank. */
    static Optional<String> text(JsonNode node) {
        return node.isValueNode() && !node.asText().isBlank() ? Optional.of(node.asText()) : Optional.empty();
    }
}
