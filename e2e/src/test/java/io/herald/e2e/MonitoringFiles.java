package io.herald.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * What compose gives Prometheus and Grafana (deploy/prometheus, deploy/grafana, docker-compose.yml), read from the
 * module's test resources, which are those files.
 */
final class MonitoringFiles {

    static final String DASHBOARD = "/deploy/grafana/herald-dashboard.json";
    static final String DATASOURCES = "/deploy/grafana/provisioning/datasources/prometheus.yml";
    static final String DASHBOARD_PROVIDERS = "/deploy/grafana/provisioning/dashboards/herald.yml";
    static final String PROMETHEUS = "/deploy/prometheus/prometheus.yml";
    static final String COMPOSE = "/docker-compose.yml";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** One query of a panel. */
    record Query(String panel, String refId, String expression) {
    }

    private MonitoringFiles() {
    }

    static JsonNode dashboard() {
        try {
            return TestFiles.JSON.readTree(TestFiles.bytes(DASHBOARD));
        } catch (IOException e) {
            throw new UncheckedIOException(DASHBOARD + " is not JSON", e);
        }
    }

    static JsonNode yaml(String resource) {
        try {
            return YAML.readTree(TestFiles.bytes(resource));
        } catch (IOException e) {
            throw new UncheckedIOException(resource + " is not YAML", e);
        }
    }

    /** Every panel that shows data (rows only group them). */
    static List<JsonNode> dataPanels(JsonNode dashboard) {
        List<JsonNode> panels = new ArrayList<>();
        dashboard.path("panels").forEach(panel -> {
            if (!"row".equals(panel.path("type").asText())) {
                panels.add(panel);
            }
        });
        return panels;
    }

    /** Every query of every panel. */
    static List<Query> queries(JsonNode dashboard) {
        List<Query> queries = new ArrayList<>();
        dataPanels(dashboard).forEach(panel -> panel.path("targets").forEach(target -> queries.add(new Query(
                panel.path("title").asText(), target.path("refId").asText(), target.path("expr").asText()))));
        return queries;
    }

    /** Every metric the dashboard's queries read. */
    static Set<String> metricNames(JsonNode dashboard) {
        Set<String> names = new TreeSet<>();
        queries(dashboard).forEach(query -> names.addAll(PromQl.metricNames(query.expression())));
        return names;
    }
}
