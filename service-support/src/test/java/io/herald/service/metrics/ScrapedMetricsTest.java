package io.herald.service.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.herald.service.metrics.testing.ScrapedMetrics;

class ScrapedMetricsTest {

    private static final String EXPOSITION = """
            # HELP herald_dead_lettered_total Records Kafka acknowledged on the consumer's dead-letter topic
            # TYPE herald_dead_lettered_total counter
            herald_dead_lettered_total{consumer="render"} 2.0
            herald_dead_lettered_total{consumer="catalog"} 1.0
            herald_event_age_seconds_bucket{consumer="render",le="+Inf"} 7
            process_uptime_seconds 12.5 1700000000000
            odd_label{path="a \\"quoted\\", comma\\\\",other="x"} 3
            """;

    @Test
    void sumsTheSamplesWithTheGivenLabels() {
        ScrapedMetrics metrics = ScrapedMetrics.parse(EXPOSITION);

        assertEquals(3.0, metrics.value("herald_dead_lettered_total"));
        assertEquals(2.0, metrics.value("herald_dead_lettered_total", "consumer", "render"));
        assertEquals(0.0, metrics.value("herald_dead_lettered_total", "consumer", "wechat"));
        assertEquals(12.5, metrics.value("process_uptime_seconds"));
        assertEquals(7.0, metrics.value("herald_event_age_seconds_bucket", "le", "+Inf"));
    }

    @Test
    void readsEscapedLabelValues() {
        ScrapedMetrics metrics = ScrapedMetrics.parse(EXPOSITION);

        assertTrue(metrics.has("odd_label", "path", "a \"quoted\", comma\\", "other", "x"));
        assertFalse(metrics.has("odd_label", "path", "a"));
    }

    @Test
    void listsTheNamesInOrder() {
        assertEquals(List.of("herald_dead_lettered_total", "herald_event_age_seconds_bucket", "process_uptime_seconds",
                "odd_label"), List.copyOf(ScrapedMetrics.parse(EXPOSITION).names()));
    }

    @Test
    void tellsTheIncreaseSinceAnEarlierScrape() {
        ScrapedMetrics before = ScrapedMetrics.parse("herald_dead_lettered_total{consumer=\"render\"} 2.0\n");

        assertEquals(1.0, ScrapedMetrics.parse(EXPOSITION).increaseSince(before, "herald_dead_lettered_total",
                "consumer", "catalog"));
        assertEquals(0.0, ScrapedMetrics.parse(EXPOSITION).increaseSince(before, "herald_dead_lettered_total",
                "consumer", "render"));
    }

    @Test
    void theConsumerLagNeedsRecordsLagPerPartitionAndItsMaximum() {
        String lag = "kafka_consumer_fetch_manager_records_lag{client_id=\"c\",partition=\"0\",topic=\"t\"} 3\n";
        String lagMax = "kafka_consumer_fetch_manager_records_lag_max{client_id=\"c\",topic=\"t\"} 3\n";

        assertTrue(ScrapedMetrics.parse(lag + lagMax).hasConsumerLag("t"));
        assertFalse(ScrapedMetrics.parse(lag + lagMax).hasConsumerLag("other"));
        assertFalse(ScrapedMetrics.parse(lagMax).hasConsumerLag("t"));
        assertFalse(ScrapedMetrics.parse(lag).hasConsumerLag("t"));
    }
}
