package io.herald.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a kustomization as {@code kubectl apply -k} would see its resources: every document of every file its
 * {@code resources} list, following nested kustomizations, in the namespace it sets. Transformations that change
 * resources (patches, generators, components) are refused rather than ignored, so that the checks never look at
 * something else than what is applied.
 */
final class Kustomization {

    static final String FILE = "kustomization.yaml";
    private static final YAMLMapper YAML = new YAMLMapper();
    /** What a kustomization may say here: nothing of it changes the resources the checks read. */
    private static final Set<String> UNDERSTOOD = Set.of("apiVersion", "kind", "namespace", "resources", "images");

    private Kustomization() {
    }

    /** Every resource of the kustomization in {@code directory}. */
    static List<Manifest> resources(Path directory) {
        List<Manifest> manifests = new ArrayList<>();
        collect(directory, null, manifests);
        return manifests;
    }

    /** Every YAML document of a file, empty ones left out. */
    static List<JsonNode> documents(Path file) {
        try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
            List<JsonNode> all = new ArrayList<>();
            while (documents.hasNextValue()) {
                JsonNode document = documents.nextValue();
                if (document != null && !document.isEmpty()) {
                    all.add(document);
                }
            }
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static void collect(Path directory, String outerNamespace, List<Manifest> manifests) {
        Path file = directory.resolve(FILE);
        JsonNode kustomization = documents(file).get(0);
        kustomization.fieldNames().forEachRemaining(field -> {
            if (!UNDERSTOOD.contains(field)) {
                throw new IllegalStateException(file + ": '" + field + "' would change the resources; the manifests'"
                        + " test reads them as written, so it does not support it");
            }
        });
        String namespace = outerNamespace != null ? outerNamespace : kustomization.path("namespace").asText(null);
        for (JsonNode entry : kustomization.path("resources")) {
            Path resource = directory.resolve(entry.asText()).normalize();
            if (Files.isDirectory(resource)) {
                collect(resource, namespace, manifests);
            } else {
                for (JsonNode document : documents(resource)) {
                    manifests.add(manifest(document, namespace, resource));
                }
            }
        }
    }

    private static Manifest manifest(JsonNode document, String namespace, Path source) {
        JsonNode metadata = document.path("metadata");
        String effective = namespace != null ? namespace : metadata.path("namespace").asText("default");
        return new Manifest(document.path("kind").asText(), effective, metadata.path("name").asText(), document,
                source);
    }
}
