package io.herald.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Catalog search latency through its HTTP API, as readers' clients send it: a list of queries (a mix of one-word,
 * two-word, phrase, filtered and sorted-by-date queries drawn like the articles' words) sent by one or more clients,
 * each in a closed loop (its next query when the answer came), so each latency is the service's alone.
 */
final class SearchLatency {

    /** The kinds of query in the mix, in turn. */
    enum Kind {
        WORD("word"),
        TWO_WORDS("two words"),
        PHRASE("phrase"),
        SECTION("word+section"),
        BY_DATE("word by date");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /** One search: its kind and its query string. */
    record Query(Kind kind, String parameters) {
    }

    /**
     * What some clients measured.
     *
     * @param sortedNanos every query's latency, sorted
     * @param byKind      each kind's latencies, sorted
     * @param seconds     from the first query sent until the last answer
     * @param failed      queries not answered 200 (or not answered)
     * @param slowest     the slowest queries, slowest first, with their latency
     */
    record Result(int clients, long[] sortedNanos, Map<Kind, long[]> byKind, double seconds, int failed,
            List<String> slowest) {

        double p50Millis() {
            return Statistics.percentileMillis(sortedNanos, 0.50);
        }

        double p99Millis() {
            return Statistics.percentileMillis(sortedNanos, 0.99);
        }

        double maxMillis() {
            return Statistics.percentileMillis(sortedNanos, 1.0);
        }

        double perSecond() {
            return sortedNanos.length / seconds;
        }
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** How many of the slowest queries a result names. */
    private static final int SLOWEST = 5;

    private SearchLatency() {
    }

    /** {@code count} queries, the kinds in turn, their words drawn from {@code words}. */
    static List<Query> mix(GeneratedArticles words, int count) {
        List<Query> queries = new ArrayList<>(count);
        Kind[] kinds = Kind.values();
        for (int i = 0; i < count; i++) {
            Kind kind = kinds[i % kinds.length];
            queries.add(new Query(kind, switch (kind) {
                case WORD -> "q=" + encode(words.word());
                case TWO_WORDS -> "q=" + encode(words.word() + " " + words.word());
                case PHRASE -> "q=" + encode("\"" + words.word() + words.word() + "\"");
                case SECTION -> "q=" + encode(words.word()) + "&section="
                        + encode(GeneratedArticles.SECTIONS.get(i % GeneratedArticles.SECTIONS.size()));
                case BY_DATE -> "q=" + encode(words.word()) + "&sort=date";
            }));
        }
        return queries;
    }

    /** Sends {@code queries} to the catalog at {@code baseUrl}, shared by {@code clients} clients. */
    static Result run(HttpClient client, URI baseUrl, List<Query> queries, int clients)
            throws InterruptedException, ExecutionException {
        long[] nanos = new long[queries.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                running.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < queries.size(); i = next.getAndIncrement()) {
                        long sent = System.nanoTime();
                        if (!answered(client, baseUrl, queries.get(i))) {
                            failed.incrementAndGet();
                        }
                        nanos[i] = System.nanoTime() - sent;
                    }
                    return null;
                }));
            }
            for (Future<?> task : running) {
                task.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<Kind, long[]> byKind = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            byKind.put(kind, sorted(nanos, queries, kind));
        }
        long[] all = nanos.clone();
        Arrays.sort(all);
        return new Result(clients, all, byKind, seconds, failed.get(), slowest(nanos, queries));
    }

    private static List<String> slowest(long[] nanos, List<Query> queries) {
        return IntStream.range(0, nanos.length).boxed()
                .sorted(Comparator.comparingLong((Integer i) -> nanos[i]).reversed())
                .limit(SLOWEST)
                .map(i -> String.format("%.1f ms %s: %s", nanos[i] / 1e6, queries.get(i).kind().label,
                        URLDecoder.decode(queries.get(i).parameters(), UTF_8)))
                .toList();
    }

    private static boolean answered(HttpClient client, URI baseUrl, Query query) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(baseUrl.resolve("/articles?" + query.parameters()))
                .timeout(TIMEOUT).build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode() == 200;
        } catch (IOException notAnswered) {
            return false;
        }
    }

    private static long[] sorted(long[] nanos, List<Query> queries, Kind kind) {
        long[] ofKind = new long[queries.size()];
        int count = 0;
        for (int i = 0; i < nanos.length; i++) {
            if (queries.get(i).kind() == kind) {
                ofKind[count++] = nanos[i];
            }
        }
        long[] sorted = Arrays.copyOf(ofKind, count);
        Arrays.sort(sorted);
        return sorted;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, UTF_8);
    }
}
