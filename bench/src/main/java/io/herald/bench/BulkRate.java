package io.herald.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One {@code POST /articles/bulk} of an NDJSON file, timed from its first byte to the answer. */
final class BulkRate {

    private static final Pattern ACCEPTED = Pattern.compile("\"accepted\":(\\d+)");

    private BulkRate() {
    }

    /** Returns records per second; fails unless every line was accepted. */
    static double measure(HttpClient client, URI baseUrl, Path ndjson, int lines) throws IOException, InterruptedException {
        return measure(client, baseUrl, IngestBenchmark.API_KEY, ndjson, lines);
    }

    /** As {@link #measure(HttpClient, URI, Path, int)}, posted with the source's {@code apiKey}. */
    static double measure(HttpClient client, URI baseUrl, String apiKey, Path ndjson, int lines)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(baseUrl.resolve("/articles/bulk"))
                .header("Content-Type", "application/x-ndjson")
                .header("Authorization", "Bearer " + apiKey)
                .timeout(Duration.ofMinutes(10))
                .POST(HttpRequest.BodyPublishers.ofFile(ndjson))
                .build();
        long start = System.nanoTime();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - start) / 1e9;
        Matcher accepted = ACCEPTED.matcher(response.body());
        if (response.statusCode() != 200 || !accepted.find() || Integer.parseInt(accepted.group(1)) != lines) {
            String body = response.body();
            throw new IllegalStateException("bulk request answered " + response.statusCode() + ": "
                    + body.substring(0, Math.min(500, body.length())));
        }
        return lines / seconds;
    }
}
