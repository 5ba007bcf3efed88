package io.herald.bench;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of one pipeline run as Markdown, ready for the README: each stage's time from the first post until it
 * had done every article and its rate, end to end, the baseline and their ratio, and the machine's load.
 *
 * @param stageSeconds  each stage's time, ingest's first, in pipeline order
 * @param rawRate       the baseline's articles per second
 * @param loadBefore    the 1-minute load average when the run started
 * @param loadAfter     the 1-minute load average when the last stage was done
 */
record PipelineReport(int articles, Map<String, Double> stageSeconds, double rawRate, double loadBefore,
                      double loadAfter) {

    static final String INGESTED = "ingest accepted (bulk answered)";
    private static final double TARGET = 0.5;

    PipelineReport {
        stageSeconds = new LinkedHashMap<>(stageSeconds);
    }

    double endToEndSeconds() {
        return stageSeconds.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    }

    double endToEndRate() {
        return articles / endToEndSeconds();
    }

    String markdown(String chart) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "| %,d articles, from the first post | done after | articles/s |%n", articles));
        text.append("| --- | ---: | ---: |\n");
        stageSeconds.forEach((stage, seconds) -> text.append(row(stage, seconds)));
        text.append(row("**end to end**", endToEndSeconds()));
        text.append(row("baseline: raw JDBC batch insert of the same catalog rows with their search vectors",
                articles / rawRate));
        text.append(String.format(Locale.ROOT, "%nEnd to end / baseline: %.0f %% (target >= %.0f %%). Load average "
                        + "(1 min) %.1f at the start, %.1f at the end; %d cores.%n%n![lag over time](%s)%n",
                100 * endToEndRate() / rawRate, 100 * TARGET, loadBefore, loadAfter,
                Runtime.getRuntime().availableProcessors(), chart));
        return text.toString();
    }

    private String row(String stage, double seconds) {
        return String.format(Locale.ROOT, "| %s | %.1f s | %,.0f |%n", stage, seconds, articles / seconds);
    }
}
