package io.herald.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Single-article {@code POST /articles} at a fixed rate (open model: each request is sent at its scheduled
 * time whether or not earlier ones were answered, and its latency counts from that time, so a stalled
 * service shows in the percentiles). At most {@value #MAX_IN_FLIGHT} requests are outstanding; a request
 * due beyond that is not sent and counted.
 */
final class SinglePostLoad {

    static final int MAX_IN_FLIGHT = 1000;

    /**
     * @param accepted      requests answered 202
     * @param failed        requests answered otherwise, or not at all
     * @param notSent       requests due while {@value #MAX_IN_FLIGHT} were outstanding
     * @param perSecond     accepted requests per second, from the first send to the last answer
     * @param p50Millis     median latency of the accepted requests
     * @param p99Millis     99th percentile latency of the accepted requests
     */
    record Result(int accepted, int failed, int notSent, double perSecond, double p50Millis, double p99Millis) {
    }

    private SinglePostLoad() {
    }

    static Result run(HttpClient client, URI baseUrl, BenchArticles articles, int rate, int seconds)
            throws InterruptedException {
        int total = rate * seconds;
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        long[] latencies = new long[total];
        Arrays.fill(latencies, -1);
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger notSent = new AtomicInteger();
        AtomicLong lastAnswer = new AtomicLong();
        Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
        CountDownLatch finished = new CountDownLatch(total);
        URI url = baseUrl.resolve("/articles");
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            if (!inFlight.tryAcquire()) {
                notSent.incrementAndGet();
                finished.countDown();
                continue;
            }
            int index = i;
            HttpRequest request = HttpRequest.newBuilder(url)
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + IngestBenchmark.API_KEY)
                    .timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(articles.article("single", i)))
                    .build();
            client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
                long now = System.nanoTime();
                if (failure == null && response.statusCode() == 202) {
                    latencies[index] = now - due;
                } else {
                    failed.incrementAndGet();
                }
                lastAnswer.accumulateAndGet(now, Math::max);
                inFlight.release();
                finished.countDown();
            });
        }
        if (!finished.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("single-article requests still unanswered 60 s after the last was sent");
        }
        long[] accepted = Arrays.stream(latencies).filter(latency -> latency >= 0).sorted().toArray();
        double elapsed = (lastAnswer.get() - start) / 1e9;
        return new Result(accepted.length, failed.get(), notSent.get(), accepted.length / elapsed,
                Statistics.percentileMillis(accepted, 0.50), Statistics.percentileMillis(accepted, 0.99));
    }
}
