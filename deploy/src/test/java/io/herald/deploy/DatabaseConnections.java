package io.herald.deploy;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every service connects to a database that the PostgreSQL cluster declares (a CloudNativePG Database), and the
 * connection pools of all services at the most pods their autoscalers allow (plus a rollout's surge) fit in the
 * cluster's max_connections, less the superuser's reserve. Scaling by lag multiplies pools: this is the sum that
 * would otherwise be found at the worst moment.
 */
final class DatabaseConnections implements Invariant {

    static final String JDBC_URL = "QUARKUS_DATASOURCE_JDBC_URL";
    static final String POOL_SIZE = "QUARKUS_DATASOURCE_JDBC_MAX_SIZE";
    /** Quarkus's pool size when QUARKUS_DATASOURCE_JDBC_MAX_SIZE is not set. */
    static final int QUARKUS_DEFAULT_POOL = 20;
    /** PostgreSQL's defaults. */
    static final int DEFAULT_MAX_CONNECTIONS = 100;
    static final int DEFAULT_RESERVED = 3;
    /** Kubernetes' maxSurge when a Deployment does not say. */
    static final String DEFAULT_SURGE = "25%";

    @Override
    public List<String> violations(Manifests manifests) {
        List<String> violations = new ArrayList<>();
        Map<Manifest, List<String>> openedPerCluster = new LinkedHashMap<>();
        Map<Manifest, Integer> sumPerCluster = new LinkedHashMap<>();
        for (Manifest deployment : manifests.all("Deployment")) {
            for (JsonNode container : deployment.containers()) {
                Map<String, String> environment = manifests.environment(deployment, container);
                if (!environment.containsKey(JDBC_URL)) {
                    continue;
                }
                URI address = URI.create(environment.get(JDBC_URL).substring("jdbc:".length()));
                String database = address.getPath().substring(1);
                Optional<Manifest> cluster = clusterServing(manifests, address.getHost());
                if (cluster.isEmpty()) {
                    violations.add(deployment + " connects to " + address.getHost()
                            + ", which is no service of a PostgreSQL cluster of these manifests");
                    continue;
                }
                if (!declares(manifests, cluster.get(), database)) {
                    violations.add(deployment + " connects to database " + database + ", which no Database of "
                            + cluster.get() + " declares");
                }
                int pool = QUARKUS_DEFAULT_POOL;
                if (environment.containsKey(POOL_SIZE)) {
                    pool = Integer.parseInt(environment.get(POOL_SIZE));
                } else {
                    violations.add(deployment + " sets no " + POOL_SIZE + " (Quarkus's default is " + pool
                            + " connections an instance)");
                }
                int pods = manifests.maxReplicas(deployment);
                pods += surge(deployment, pods);
                openedPerCluster.computeIfAbsent(cluster.get(), key -> new ArrayList<>())
                        .add(deployment.name() + " " + pods + " x " + pool);
                sumPerCluster.merge(cluster.get(), pods * pool, Integer::sum);
            }
        }
        sumPerCluster.forEach((cluster, sum) -> {
            JsonNode parameters = cluster.spec().path("postgresql").path("parameters");
            int budget = parameters.path("max_connections").asInt(DEFAULT_MAX_CONNECTIONS)
                    - parameters.path("superuser_reserved_connections").asInt(DEFAULT_RESERVED);
            if (sum > budget) {
                violations.add(cluster + " takes " + budget + " connections, but the services may open " + sum + " ("
                        + String.join(", ", openedPerCluster.get(cluster)) + ")");
            }
        });
        return violations;
    }

    /** The CloudNativePG cluster whose service (name-rw, -ro or -r) the host is. */
    private static Optional<Manifest> clusterServing(Manifests manifests, String host) {
        return manifests.all("Cluster").stream().filter(cluster -> List.of("-rw", "-ro", "-r").stream()
                .anyMatch(suffix -> host.equals(cluster.name() + suffix))).findFirst();
    }

    private static boolean declares(Manifests manifests, Manifest cluster, String database) {
        return manifests.all("Database").stream().anyMatch(declared -> declared.sameNamespaceAs(cluster)
                && database.equals(declared.spec().path("name").asText())
                && cluster.name().equals(declared.spec().path("cluster").path("name").asText()));
    }

    /** The pods a rolling update adds on top of {@code pods}. */
    private static int surge(Manifest deployment, int pods) {
        JsonNode strategy = deployment.spec().path("strategy");
        if ("Recreate".equals(strategy.path("type").asText())) {
            return 0;
        }
        String surge = strategy.path("rollingUpdate").path("maxSurge").asText(DEFAULT_SURGE);
        if (surge.endsWith("%")) {
            int percent = Integer.parseInt(surge.substring(0, surge.length() - 1));
            return (pods * percent + 99) / 100;
        }
        return Integer.parseInt(surge);
    }
}
