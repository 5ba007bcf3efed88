package io.herald.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * render-service's raw rendering rate: a dry-run re-render ({@code POST /admin/rerender?dryRun=true}) renders every
 * stored article again and stores nothing; its status tells how many and from when to when. Both calls carry an
 * operator key of the service ({@code HERALD_OPERATOR_KEYS}).
 */
final class DryRunRerender {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    private final HttpClient client;
    private final URI rerender;
    private final String authorization;

    DryRunRerender(HttpClient client, URI baseUrl, String operatorKey) {
        this.client = client;
        this.rerender = baseUrl.resolve("/admin/rerender");
        this.authorization = "Bearer " + operatorKey;
    }

    /** Runs a dry-run re-render to its end; returns the articles it rendered per second. */
    double articlesPerSecond() throws IOException, InterruptedException {
        HttpResponse<String> started = client.send(HttpRequest.newBuilder(URI.create(rerender + "?dryRun=true"))
                .header("Authorization", authorization).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        if (started.statusCode() != 202) {
            throw new IllegalStateException("re-render answered " + started.statusCode() + ": " + started.body());
        }
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            JsonNode status = JSON.readTree(client.send(
                    HttpRequest.newBuilder(rerender).header("Authorization", authorization).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            switch (status.path("state").asText()) {
                case "succeeded" -> {
                    Duration took = Duration.between(Instant.parse(status.path("startedAt").asText()),
                            Instant.parse(status.path("finishedAt").asText()));
                    return status.path("renditions").asLong() / (took.toNanos() / 1e9);
                }
                case "running" -> Thread.sleep(50);
                default -> throw new IllegalStateException("re-render did not succeed: " + status);
            }
        }
        throw new IllegalStateException("re-render did not end within " + TIMEOUT.toMinutes() + " minutes");
    }
}
