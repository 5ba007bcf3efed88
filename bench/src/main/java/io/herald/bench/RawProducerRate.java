package io.herald.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.tools.ProducerPerformance;

/**
 * The broker's raw producer rate, measured by Kafka's own {@link ProducerPerformance} in a child JVM (like
 * ingest-service, it does not share the broker's JVM): {@code acks=all}, as fast as it can.
 */
final class RawProducerRate {

    /** ProducerPerformance's final line: "50000 records sent, 40000.0 records/sec (78.12 MB/sec), … 99th, …". */
    private static final Pattern SUMMARY = Pattern.compile("^(\\d+) records sent, ([\\d.]+) records/sec.*99th.*");

    private RawProducerRate() {
    }

    /** Returns records per second. */
    static double measure(String bootstrapServers, String topic, int records, int recordSize)
            throws IOException, InterruptedException {
        Process process = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"),
                ProducerPerformance.class.getName(),
                "--topic", topic,
                "--num-records", String.valueOf(records),
                "--record-size", String.valueOf(recordSize),
                "--throughput", "-1",
                "--producer-props", "bootstrap.servers=" + bootstrapServers, "acks=all")
                .redirectErrorStream(true)
                .start();
        Double rate = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                System.out.println("  [ProducerPerformance] " + line);
                Matcher summary = SUMMARY.matcher(line);
                if (summary.matches()) {
                    rate = Double.parseDouble(summary.group(2));
                }
            }
        }
        int exit = process.waitFor();
        if (exit != 0 || rate == null) {
            throw new IllegalStateException("ProducerPerformance exited with " + exit + " without a summary line");
        }
        return rate;
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
