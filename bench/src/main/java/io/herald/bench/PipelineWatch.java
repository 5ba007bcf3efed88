package io.herald.bench;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * Watches a run of articles through the pipeline's stages after the first post: how many each stage has done (from
 * the services' databases, every {@value #COUNT_MILLIS} ms) until every stage has done all, when each got there, and
 * every {@value #LAG_MILLIS} ms the consumer groups' lag and the articles rendered but not yet drafted.
 */
final class PipelineWatch {

    static final String CATALOG = "catalog applied";
    static final String RENDERED = "rendered";
    static final String DRAFTED = "drafted (WeChat sandbox)";
    /** The chart's line of articles rendered but not yet drafted (the WeChat channel's consumer and worker). */
    static final String NOT_DRAFTED = "rendered, not yet drafted";

    private static final long COUNT_MILLIS = 100;
    private static final long LAG_MILLIS = 500;
    /** A pipeline in which no stage moves for this long is stuck. */
    private static final Duration STALL = Duration.ofSeconds(120);

    /** One stage: what counts its articles, and the count before the run. */
    record Stage(String name, AppliedEvents count, long before) {
    }

    /**
     * What a run showed.
     *
     * @param doneSeconds each stage's time from the first post until it had done every article
     * @param series      the chart's line names: each consumer group's lag, then {@link #NOT_DRAFTED}
     * @param samples     seconds since the first post, then one value per series
     */
    record Result(Map<String, Double> doneSeconds, List<String> series, List<double[]> samples) {
    }

    private final List<Stage> stages;
    private final ConsumerLag lag;

    /** @param stages {@link #CATALOG}, {@link #RENDERED} and {@link #DRAFTED}, in this order */
    PipelineWatch(List<Stage> stages, ConsumerLag lag) {
        this.stages = List.copyOf(stages);
        this.lag = lag;
    }

    /** Watches {@code articles} articles posted from {@code startNanos} ({@link System#nanoTime()}) on. */
    Result watch(long startNanos, int articles) throws SQLException, ExecutionException, InterruptedException {
        Map<String, Double> done = new LinkedHashMap<>();
        List<String> series = new ArrayList<>(ConsumerLag.GROUPS.keySet().stream().map(group -> "group " + group + ": lag")
                .toList());
        series.add(NOT_DRAFTED);
        List<double[]> samples = new ArrayList<>();
        long nextLagSample = startNanos;
        long lastTotal = -1;
        long lastChange = System.nanoTime();
        while (true) {
            long now = System.nanoTime();
            double seconds = (now - startNanos) / 1e9;
            Map<String, Long> counts = new LinkedHashMap<>();
            for (Stage stage : stages) {
                long count = stage.count().applied() - stage.before();
                counts.put(stage.name(), count);
                if (count >= articles) {
                    done.putIfAbsent(stage.name(), seconds);
                }
            }
            boolean finished = done.size() == stages.size();
            if (finished || now >= nextLagSample) {
                nextLagSample = now + LAG_MILLIS * 1_000_000;
                samples.add(sample(seconds, counts));
            }
            if (finished) {
                return new Result(done, series, samples);
            }
            long total = counts.values().stream().mapToLong(Long::longValue).sum();
            if (total != lastTotal) {
                lastTotal = total;
                lastChange = now;
            } else if (now - lastChange > STALL.toNanos()) {
                throw new IllegalStateException("no stage moved for " + STALL.toSeconds() + " s: " + counts + " of "
                        + articles + " articles; see the services' logs");
            }
            Thread.sleep(COUNT_MILLIS);
        }
    }

    private double[] sample(double seconds, Map<String, Long> counts) throws ExecutionException, InterruptedException {
        Map<String, Long> lags = lag.lags();
        double[] sample = new double[lags.size() + 2];
        sample[0] = seconds;
        int i = 1;
        for (long groupLag : lags.values()) {
            sample[i++] = groupLag;
        }
        sample[i] = counts.get(RENDERED) - counts.get(DRAFTED);
        return sample;
    }
}
