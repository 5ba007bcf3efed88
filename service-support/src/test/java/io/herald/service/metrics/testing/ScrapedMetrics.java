package io.herald.service.metrics.testing;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a service's {@code /q/metrics} said at one moment, read from Prometheus' text format: each sample's name,
 * labels and value. For tests that check a counter moved by the right amount between two scrapes.
 */
public final class ScrapedMetrics {

    /** One line of the exposition: e.g. {@code herald_dead_lettered_total{consumer="render"} 1.0}. */
    public record Sample(String name, Map<String, String> labels, double value) {
    }

    private final List<Sample> samples;

    private ScrapedMetrics(List<Sample> samples) {
        this.samples = List.copyOf(samples);
    }

    /** {@code /q/metrics} of the service under test (REST Assured's base URI and port). */
    public static ScrapedMetrics scrape() {
        return parse(given().when().get("/q/metrics").then().statusCode(200).extract().asString());
    }

    /** Reads Prometheus' text exposition format; comments ({@code # HELP}, {@code # TYPE}) are skipped. */
    public static ScrapedMetrics parse(String exposition) {
        List<Sample> samples = new ArrayList<>();
        for (String line : exposition.split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                samples.add(sample(line.strip()));
            }
        }
        return new ScrapedMetrics(samples);
    }

    /**
     * The sum of the samples named {@code name} whose labels include {@code labels} (name, value, name, value…);
     * 0 if there is none.
     */
    public double value(String name, String... labels) {
        return matching(name, labels).stream().mapToDouble(Sample::value).sum();
    }

    /** How much {@link #value} grew since {@code before}, an earlier scrape. */
    public double increaseSince(ScrapedMetrics before, String name, String... labels) {
        return value(name, labels) - before.value(name, labels);
    }

    /**
     * Whether the Kafka client metrics show a consumer's lag on {@code topic}: {@code records-lag} per partition and
     * {@code records-lag-max}. Micrometer binds a newly assigned partition's at its next refresh (every minute).
     */
    public boolean hasConsumerLag(String topic) {
        return matching("kafka_consumer_fetch_manager_records_lag", "topic", topic).stream()
                .anyMatch(sample -> sample.labels().containsKey("partition"))
                && has("kafka_consumer_fetch_manager_records_lag_max", "topic", topic);
    }

    /** Whether a sample named {@code name} has all of {@code labels} (name, value, name, value…). */
    public boolean has(String name, String... labels) {
        return !matching(name, labels).isEmpty();
    }

    /** The names of every sample, in the order they came. */
    public Set<String> names() {
        Set<String> names = new LinkedHashSet<>();
        samples.forEach(sample -> names.add(sample.name()));
        return names;
    }

    /** The samples named {@code name} whose labels include {@code labels} (name, value, name, value…). */
    public List<Sample> matching(String name, String... labels) {
        if (labels.length % 2 != 0) {
            throw new IllegalArgumentException("labels come in name, value pairs");
        }
        return samples.stream().filter(sample -> sample.name().equals(name) && hasLabels(sample, labels)).toList();
    }

    private static boolean hasLabels(Sample sample, String... labels) {
        for (int i = 0; i < labels.length; i += 2) {
            if (!labels[i + 1].equals(sample.labels().get(labels[i]))) {
                return false;
            }
        }
        return true;
    }

    /** {@code name{label="value",…} value [timestamp]}; label values may hold escaped quotes, backslashes, newlines. */
    private static Sample sample(String line) {
        int braces = line.indexOf('{');
        int space = line.indexOf(' ');
        Map<String, String> labels = new HashMap<>();
        String rest;
        String name;
        if (braces >= 0 && (space < 0 || braces < space)) {
            name = line.substring(0, braces);
            int end = readLabels(line, braces + 1, labels);
            rest = line.substring(end + 1).strip();
        } else {
            name = line.substring(0, space);
            rest = line.substring(space + 1).strip();
        }
        String value = rest.split(" ")[0];
        return new Sample(name, Map.copyOf(labels), number(value));
    }

    /** Reads labels from {@code start} into {@code labels}; returns the index of the closing brace. */
    private static int readLabels(String line, int start, Map<String, String> labels) {
        int i = start;
        while (line.charAt(i) != '}') {
            int equals = line.indexOf('=', i);
            String label = line.substring(i, equals).strip();
            StringBuilder value = new StringBuilder();
            i = equals + 2; // past ="
            while (line.charAt(i) != '"') {
                char c = line.charAt(i);
                if (c == '\\') {
                    char escaped = line.charAt(++i);
                    value.append(escaped == 'n' ? '\n' : escaped);
                } else {
                    value.append(c);
                }
                i++;
            }
            labels.put(label, value.toString());
            i++; // past the closing quote
            if (line.charAt(i) == ',') {
                i++;
            }
        }
        return i;
    }

    private static double number(String value) {
        return switch (value) {
            case "+Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(value);
        };
    }
}
