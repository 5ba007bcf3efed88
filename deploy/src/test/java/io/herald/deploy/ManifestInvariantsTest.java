package io.herald.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import io.herald.events.EventContract;

/**
 * The Kubernetes deployment (deploy/kubernetes) keeps every invariant, and a deliberately broken one
 * (src/test/resources/broken) breaks each of them, with the violations each rule is meant to find.
 */
class ManifestInvariantsTest {

    /** The rules, by name. */
    enum Rule {
        PROBES_AND_RESOURCES(new ProbesAndResources()),
        DISRUPTION_BUDGETS(new DisruptionBudgets()),
        REPLICAS_WITHIN_PARTITIONS(new ReplicasWithinPartitions()),
        SCALERS_MATCH_CONSUMERS(new ScalersMatchConsumers()),
        TOPICS_DECLARED(new TopicsDeclared()),
        DURABLE_TOPICS(new DurableTopics()),
        SECRETS_IN_TEMPLATE(new SecretsInTemplate()),
        PLACEHOLDERS_ONLY(new PlaceholdersOnly()),
        DATABASE_CONNECTIONS(new DatabaseConnections()),
        JVM_WITHIN_MEMORY_LIMIT(new JvmWithinMemoryLimit());

        final Invariant invariant;

        Rule(Invariant invariant) {
            this.invariant = invariant;
        }
    }

    private static final Path REPOSITORY = Path.of(System.getProperty("herald.repository")).toAbsolutePath()
            .normalize();
    private static final Manifests DEPLOYMENT = Manifests.read(REPOSITORY.resolve("deploy/kubernetes"), REPOSITORY);
    private static final Manifests BROKEN = Manifests.read(resource("broken"), REPOSITORY);

    @ParameterizedTest
    @EnumSource(Rule.class)
    void theDeploymentKeepsEveryRule(Rule rule) {
        assertEquals(List.of(), rule.invariant.violations(DEPLOYMENT));
    }

    @ParameterizedTest
    @MethodSource("brokenCases")
    void theBrokenManifestBreaksEachRule(Rule rule, List<String> violations) {
        assertEquals(violations, rule.invariant.violations(BROKEN));
    }

    @Test
    void everyRuleHasABrokenCase() {
        Set<Rule> covered = brokenCases().map(arguments -> (Rule) arguments.get()[0]).collect(Collectors.toSet());
        assertEquals(EnumSet.allOf(Rule.class), covered);
    }

    /** Guards the rules against passing on nothing: what they check is all there. */
    @Test
    void theDeploymentRunsEveryServiceOnEveryTopic() {
        assertEquals(Set.of("ingest-service", "catalog-service", "render-service", "wechat-service",
                "console-service"), names(DEPLOYMENT.all("Deployment")));
        assertEquals(Set.of(EventContract.ARTICLES_SUBMITTED, EventContract.ARTICLES_RENDERED,
                EventContract.ARTICLES_SUBMITTED_CATALOG_DLQ, EventContract.ARTICLES_SUBMITTED_RENDER_DLQ,
                EventContract.ARTICLES_RENDERED_WECHAT_DLQ),
                DEPLOYMENT.all("KafkaTopic").stream().map(Manifests::topicName).collect(Collectors.toSet()));
        for (Manifest topic : DEPLOYMENT.all("KafkaTopic")) {
            assertEquals(EventContract.DEFAULT_PARTITIONS, topic.spec().path("partitions").asInt(), topic.name());
        }
        assertEquals(Set.of("catalog-service", "render-service", "wechat-service"), names(DEPLOYMENT.all("ScaledObject")
                .stream().map(scaledObject -> DEPLOYMENT.target(scaledObject).orElseThrow()).toList()));
        assertEquals(Set.of("ingest-service"), names(DEPLOYMENT.all("HorizontalPodAutoscaler").stream()
                .map(autoscaler -> DEPLOYMENT.target(autoscaler).orElseThrow()).toList()));
    }

    @Test
    void aKustomizationThatChangesItsResourcesIsRefused() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> Kustomization.resources(resource("patched")));
        assertTrue(refused.getMessage().contains("'patches' would change the resources"), refused.getMessage());
    }

    static Stream<Arguments> brokenCases() {
        return Stream.of(
                Arguments.of(Rule.PROBES_AND_RESOURCES, List.of(
                        "Deployment catalog-service, container catalog-service has no livenessProbe on /q/health/live",
                        "Deployment catalog-service, container catalog-service has no cpu limits",
                        "Deployment render-service, container render-service: its readinessProbe asks port web,"
                                + " which the container does not declare")),
                Arguments.of(Rule.DISRUPTION_BUDGETS, List.of(
                        "Deployment catalog-service has no PodDisruptionBudget selecting its pods",
                        "PodDisruptionBudget unbounded sets neither minAvailable nor maxUnavailable")),
                Arguments.of(Rule.REPLICAS_WITHIN_PARTITIONS, List.of(
                        "ScaledObject catalog-service may run 12 replicas, more than the 6 partitions of"
                                + " articles.submitted",
                        "ScaledObject render-service follows articles.missing, which no KafkaTopic declares")),
                Arguments.of(Rule.SCALERS_MATCH_CONSUMERS, List.of(
                        "ScaledObject catalog-service follows group catalogue on articles.submitted, but"
                                + " catalog-service consumes [group catalog on articles.submitted]",
                        "ScaledObject render-service follows group render on articles.missing, but render-service"
                                + " consumes [group render on articles.submitted]",
                        "ScaledObject render-service asks other-kafka:9092 for the lag, but render-service consumes"
                                + " from herald-kafka-bootstrap:9092")),
                Arguments.of(Rule.TOPICS_DECLARED, List.of(
                        "Deployment catalog-service uses articles.submitted.catalog-dlq, which no KafkaTopic declares",
                        "Deployment render-service uses articles.submitted.render-dlq, which no KafkaTopic declares")),
                Arguments.of(Rule.DURABLE_TOPICS, List.of(
                        "KafkaTopic articles.submitted has replicas 1, not 3",
                        "KafkaTopic articles.submitted has min.insync.replicas 1, not 2",
                        "Kafka herald has default.replication.factor 1, not 3",
                        "Kafka herald has min.insync.replicas unset, not 2")),
                Arguments.of(Rule.SECRETS_IN_TEMPLATE, List.of(
                        "Deployment catalog-service, container catalog-service: HERALD_OPERATOR_KEYS reads key key of"
                                + " Secret herald-operator-keys, which secrets.example.yaml does not have",
                        "Deployment render-service, container render-service's envFrom reads Secret"
                                + " herald-render-settings, which secrets.example.yaml does not have",
                        "Cluster herald-postgres, role catalog: Secret herald-db-catalog is of type Opaque, not"
                                + " kubernetes.io/basic-auth",
                        "Cluster herald-postgres, role catalog: Secret herald-db-catalog has username catalogue, not"
                                + " catalog",
                        "Cluster herald-postgres, role render reads Secret herald-db-render, which"
                                + " secrets.example.yaml does not have")),
                Arguments.of(Rule.PLACEHOLDERS_ONLY, List.of(
                        "secrets.example.yaml: Secret herald-db-catalog has a value for password instead of"
                                + " CHANGE-ME")),
                Arguments.of(Rule.DATABASE_CONNECTIONS, List.of(
                        "Deployment render-service connects to database renders, which no Database of Cluster"
                                + " herald-postgres declares",
                        "Deployment render-service sets no QUARKUS_DATASOURCE_JDBC_MAX_SIZE (Quarkus's default is 20"
                                + " connections an instance)",
                        "Cluster herald-postgres takes 47 connections, but the services may open 420"
                                + " (catalog-service 13 x 20, render-service 8 x 20)")),
                Arguments.of(Rule.JVM_WITHIN_MEMORY_LIMIT, List.of(
                        "Deployment catalog-service, container catalog-service replaces its image's command, which runs"
                                + " the JVM with docker/jvm.options",
                        "Deployment render-service, container render-service may use 1Gi of memory, less than its JVM's"
                                + " heap (-Xmx1g) and " + JvmWithinMemoryLimit.BESIDE_HEAP_MIB + " MiB beside it")));
    }

    private static Set<String> names(List<Manifest> manifests) {
        return manifests.stream().map(Manifest::name).collect(Collectors.toSet());
    }

    private static Path resource(String name) {
        try {
            return Path.of(ManifestInvariantsTest.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
