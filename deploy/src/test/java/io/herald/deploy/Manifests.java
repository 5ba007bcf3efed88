package io.herald.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A deployment as the invariants see it: the resources of a kustomization, the Secrets template beside it, and the
 * repository whose services it runs (each Deployment is named after the module that builds its service).
 */
final class Manifests {

    /** KEDA's maxReplicaCount when a ScaledObject does not say. */
    static final int KEDA_DEFAULT_MAX_REPLICAS = 100;
    static final String JVM_OPTIONS = "docker/jvm.options";
    static final String SERVICE_JVM_OPTIONS = "docker/jvm";

    private final List<Manifest> resources;
    private final SecretTemplate secrets;
    private final Path repository;

    private Manifests(List<Manifest> resources, SecretTemplate secrets, Path repository) {
        this.resources = resources;
        this.secrets = secrets;
        this.repository = repository;
    }

    /** The kustomization in {@code directory}, its Secrets template, and the services of {@code repository}. */
    static Manifests read(Path directory, Path repository) {
        return new Manifests(Kustomization.resources(directory), SecretTemplate.beside(directory), repository);
    }

    List<Manifest> all(String kind) {
        return resources.stream().filter(Manifest.ofKind(kind)).toList();
    }

    /** The resource of that kind and name in the namespace of {@code near}. */
    Optional<Manifest> named(String kind, String name, Manifest near) {
        return resources.stream().filter(Manifest.ofKind(kind))
                .filter(manifest -> manifest.name().equals(name) && manifest.sameNamespaceAs(near)).findFirst();
    }

    SecretTemplate secrets() {
        return secrets;
    }

    /** The service a Deployment runs, read from the module of the same name. */
    Optional<ServiceProperties> service(Manifest deployment) {
        return ServiceProperties.of(repository, deployment.name());
    }

    /**
     * The JVM options a Deployment's service image runs with: the repository's {@value #JVM_OPTIONS}, then the
     * service's own {@value #SERVICE_JVM_OPTIONS}{@code /<module>.options} when it has one; Java argument files (one
     * option a line, {@code #} starts a comment).
     */
    List<String> jvmOptions(Manifest deployment) {
        Path own = repository.resolve(SERVICE_JVM_OPTIONS).resolve(deployment.name() + ".options");
        return Stream.concat(argumentFile(repository.resolve(JVM_OPTIONS)),
                Files.isRegularFile(own) ? argumentFile(own) : Stream.empty()).toList();
    }

    private static Stream<String> argumentFile(Path file) {
        try {
            return Files.readAllLines(file).stream()
                    .map(line -> line.replaceFirst("#.*", "").trim())
                    .filter(line -> !line.isEmpty())
                    .flatMap(line -> Arrays.stream(line.split("\\s+")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** A KafkaTopic's topic: spec.topicName, else its name. */
    static String topicName(Manifest kafkaTopic) {
        return Manifest.text(kafkaTopic.spec().path("topicName")).orElse(kafkaTopic.name());
    }

    Optional<Manifest> kafkaTopic(String topic) {
        return all("KafkaTopic").stream().filter(manifest -> topicName(manifest).equals(topic)).findFirst();
    }

    /**
     * The plain variables a container gets: its ConfigMaps' entries (envFrom), then its own {@code value}s, which win.
     * Variables from Secrets are not resolved.
     */
    Map<String, String> environment(Manifest deployment, JsonNode container) {
        Map<String, String> environment = new LinkedHashMap<>();
        for (JsonNode source : container.path("envFrom")) {
            Manifest.text(source.path("configMapRef").path("name"))
                    .flatMap(name -> named("ConfigMap", name, deployment))
                    .ifPresent(configMap -> configMap.body().path("data").fields().forEachRemaining(
                            entry -> environment.put(entry.getKey(), entry.getValue().asText())));
        }
        for (JsonNode variable : container.path("env")) {
            if (variable.has("value")) {
                environment.put(variable.path("name").asText(), variable.path("value").asText());
            }
        }
        return environment;
    }

    /**
     * The most pods a Deployment can have outside a rollout: its ScaledObject's maxReplicaCount, its
     * HorizontalPodAutoscaler's maxReplicas, else its own replicas.
     */
    int maxReplicas(Manifest deployment) {
        return scaler("ScaledObject", deployment, so -> so.spec().path("maxReplicaCount")
                .asInt(KEDA_DEFAULT_MAX_REPLICAS))
                .or(() -> scaler("HorizontalPodAutoscaler", deployment, hpa -> hpa.spec().path("maxReplicas").asInt()))
                .orElseGet(() -> deployment.spec().path("replicas").asInt(1));
    }

    /** The Deployment an autoscaler (ScaledObject, HorizontalPodAutoscaler) scales, if it is one of these. */
    Optional<Manifest> target(Manifest autoscaler) {
        JsonNode reference = autoscaler.spec().path("scaleTargetRef");
        if (!"Deployment".equals(reference.path("kind").asText("Deployment"))) {
            return Optional.empty();
        }
        return named("Deployment", reference.path("name").asText(), autoscaler);
    }

    private Optional<Integer> scaler(String kind, Manifest deployment, Function<Manifest, Integer> maximum) {
        return all(kind).stream().filter(autoscaler -> target(autoscaler).filter(deployment::equals).isPresent())
                .findFirst().map(maximum);
    }
}
