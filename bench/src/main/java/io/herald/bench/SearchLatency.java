package io.herald.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;

/**
 * Catalog search latency, one request at a time (a closed loop, so each latency is the service's alone): a mix
 * of one-word, two-word, phrase, filtered and sorted-by-date queries drawn like the articles' words.
 */
final class SearchLatency {

    /**
     * @param p50Millis median latency
     * @param p99Millis 99th percentile latency
     * @param failed    requests not answered 200
     */
    record Result(int queries, double p50Millis, double p99Millis, int failed) {
    }

    private SearchLatency() {
    }

    static Result run(HttpClient client, URI baseUrl, GeneratedArticles words, int queries)
            throws IOException, InterruptedException {
        long[] nanos = new long[queries];
        int failed = 0;
        for (int i = 0; i < queries; i++) {
            HttpRequest request = HttpRequest.newBuilder(baseUrl.resolve("/articles?" + query(words, i)))
                    .timeout(Duration.ofSeconds(30)).build();
            long start = System.nanoTime();
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            nanos[i] = System.nanoTime() - start;
            if (response.statusCode() != 200) {
                failed++;
            }
        }
        Arrays.sort(nanos);
        return new Result(queries, Statistics.percentileMillis(nanos, 0.50), Statistics.percentileMillis(nanos, 0.99), failed);
    }

    private static String query(GeneratedArticles words, int i) {
        return switch (i % 5) {
            case 0 -> "q=" + encode(words.word());
            case 1 -> "q=" + encode(words.word() + " " + words.word());
            case 2 -> "q=" + encode("\"" + words.word() + words.word() + "\"");
            case 3 -> "q=" + encode(words.word()) + "&section=" + encode(GeneratedArticles.SECTIONS.get(i % 8));
            default -> "q=" + encode(words.word()) + "&sort=date";
        };
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, UTF_8);
    }
}
