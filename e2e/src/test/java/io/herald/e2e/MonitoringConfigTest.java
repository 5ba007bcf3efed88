package io.herald.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The monitoring files compose runs with agree with each other and with the services: Prometheus scrapes every
 * Herald service's {@code /q/metrics} at the port compose gives it; Grafana's data source, dashboard provider and
 * mounts fit together; every panel queries the provisioned data source and reads metrics Herald's services (or
 * Prometheus itself) produce. {@link DashboardMetricsIT} checks the names against running services.
 */
class MonitoringConfigTest {

    private static final Set<String> SERVICES = Set.of("ingest-service", "catalog-service", "render-service",
            "wechat-service");

    private final JsonNode dashboard = MonitoringFiles.dashboard();
    private final JsonNode compose = MonitoringFiles.yaml(MonitoringFiles.COMPOSE);

    @Test
    void prometheusScrapesEveryServicesMetricsAtItsComposePort() {
        JsonNode jobs = MonitoringFiles.yaml(MonitoringFiles.PROMETHEUS).path("scrape_configs");
        Set<String> scraped = new HashSet<>();
        for (JsonNode job : jobs) {
            assertEquals("/q/metrics", job.path("metrics_path").asText(), job.path("job_name").asText());
            for (JsonNode discovery : job.path("dns_sd_configs")) {
                String service = discovery.path("names").path(0).asText();
                assertEquals("A", discovery.path("type").asText(), service);
                assertEquals(containerPort(service), discovery.path("port").asInt(), service);
                scraped.add(service);
            }
        }
        assertEquals(SERVICES, scraped);
    }

    @Test
    void grafanaIsProvisionedWithTheDataSourceAndTheDashboardComposeMounts() {
        JsonNode source = MonitoringFiles.yaml(MonitoringFiles.DATASOURCES).path("datasources").path(0);
        JsonNode provider = MonitoringFiles.yaml(MonitoringFiles.DASHBOARD_PROVIDERS).path("providers").path(0);
        JsonNode grafana = compose.path("services").path("grafana");
        List<String> mounts = new ArrayList<>();
        grafana.path("volumes").forEach(volume -> mounts.add(volume.asText()));

        assertEquals("prometheus", source.path("type").asText());
        assertEquals("${PROMETHEUS_URL}", source.path("url").asText());
        assertTrue(grafana.path("environment").path("PROMETHEUS_URL").asText().contains("prometheus:9090"),
                "compose tells Grafana where Prometheus is");
        assertTrue(mounts.contains("./deploy/grafana/herald-dashboard.json:" + provider.path("options").path("path")
                .asText() + "/herald-dashboard.json:ro"), mounts.toString());
        assertTrue(mounts.contains("./deploy/grafana/provisioning:/etc/grafana/provisioning:ro"), mounts.toString());
        assertTrue(compose.path("services").path("prometheus").path("volumes").toString()
                .contains("./deploy/prometheus/prometheus.yml:/etc/prometheus/prometheus.yml"));
    }

    @Test
    void everyPanelQueriesTheProvisionedDataSource() {
        String uid = MonitoringFiles.yaml(MonitoringFiles.DATASOURCES).path("datasources").path(0).path("uid").asText();
        List<JsonNode> panels = MonitoringFiles.dataPanels(dashboard);

        assertFalse(panels.isEmpty());
        for (JsonNode panel : panels) {
            String title = panel.path("title").asText();
            assertEquals(uid, panel.path("datasource").path("uid").asText(), title);
            assertFalse(panel.path("targets").isEmpty(), title);
            panel.path("targets").forEach(target -> {
                assertEquals(uid, target.path("datasource").path("uid").asText(), title);
                assertFalse(target.path("expr").asText().isBlank(), title);
            });
        }
    }

    @Test
    void everyQueryReadsHeraldsMetricsTheKafkaClientsOrPrometheusOwn() {
        Map<String, Set<String>> unknown = new TreeMap<>();
        for (MonitoringFiles.Query query : MonitoringFiles.queries(dashboard)) {
            Set<String> names = PromQl.metricNames(query.expression());
            assertFalse(names.isEmpty(), query.toString());
            names.stream().filter(name -> !name.startsWith("herald_") && !name.startsWith("kafka_consumer_")
                    && !name.startsWith("http_server_requests_") && !name.equals("up"))
                    .forEach(name -> unknown.computeIfAbsent(query.panel(), panel -> new HashSet<>()).add(name));
        }
        assertEquals(Map.of(), unknown);
        assertTrue(MonitoringFiles.metricNames(dashboard).containsAll(Set.of("herald_ingest_accepted_total",
                "herald_catalog_applied_total", "herald_render_rendered_total", "herald_wechat_published_total",
                "herald_wechat_failed_total", "herald_dead_lettered_total", "herald_event_age_seconds_bucket",
                "herald_ingest_acknowledgement_seconds_bucket", "kafka_consumer_fetch_manager_records_lag")));
    }

    @Test
    void panelsDoNotOverlap() {
        List<JsonNode> panels = new ArrayList<>();
        dashboard.path("panels").forEach(panels::add);
        for (int i = 0; i < panels.size(); i++) {
            for (int j = i + 1; j < panels.size(); j++) {
                assertFalse(overlap(panels.get(i).path("gridPos"), panels.get(j).path("gridPos")),
                        panels.get(i).path("title").asText() + " and " + panels.get(j).path("title").asText());
            }
        }
    }

    @Test
    void metricNamesAreReadFromPromQl() {
        assertEquals(Set.of("herald_event_age_seconds_bucket"), PromQl.metricNames(
                "histogram_quantile(0.95, sum by (consumer, le) (rate(herald_event_age_seconds_bucket[$__rate_interval])))"));
        assertEquals(Set.of("herald_wechat_failed_total", "herald_render_parked_total"), PromQl.metricNames(
                "sum(increase(herald_wechat_failed_total[1h])) + sum(increase(herald_render_parked_total{a=\"b\"}[1h]))"));
        assertEquals(Set.of("up"), PromQl.metricNames("sum by (job) (up)"));
        assertEquals("herald_event_age_seconds", PromQl.family("herald_event_age_seconds_bucket"));
        assertEquals("kafka_consumer_fetch_manager_records_lag_max",
                PromQl.family("kafka_consumer_fetch_manager_records_lag_max"));
    }

    /** The container port compose publishes for {@code service}: {@code "${HOST:-8081}:8081"} → 8081. */
    private int containerPort(String service) {
        String mapping = compose.path("services").path(service).path("ports").path(0).asText();
        return Integer.parseInt(mapping.substring(mapping.lastIndexOf(':') + 1));
    }

    private static boolean overlap(JsonNode a, JsonNode b) {
        return a.path("x").asInt() < b.path("x").asInt() + b.path("w").asInt()
                && b.path("x").asInt() < a.path("x").asInt() + a.path("w").asInt()
                && a.path("y").asInt() < b.path("y").asInt() + b.path("h").asInt()
                && b.path("y").asInt() < a.path("y").asInt() + a.path("h").asInt();
    }
}
