package io.herald.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A line chart of records behind over seconds, as a standalone SVG file: one line per series, axes with ticks, a
 * legend, and a dashed mark where each stage had done every article.
 */
final class LagChart {

    private static final int WIDTH = 1000;
    private static final int HEIGHT = 460;
    private static final int LEFT = 80;
    /** Room for the legend, right of the plot. */
    private static final int RIGHT = 220;
    private static final int TOP = 50;
    private static final int BOTTOM = 60;
    private static final int TICKS = 6;
    private static final List<String> COLOURS = List.of("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e");

    private LagChart() {
    }

    /**
     * @param series  the lines' names
     * @param samples seconds, then one value per series
     * @param marks   a label and its second, drawn as a dashed vertical line
     */
    static void write(Path file, String title, List<String> series, List<double[]> samples, Map<String, Double> marks)
            throws IOException {
        double maxSeconds = niceCeiling(Math.max(1, samples.stream().mapToDouble(sample -> sample[0]).max().orElse(1)));
        double maxValue = niceCeiling(Math.max(1, samples.stream()
                .flatMapToDouble(sample -> Arrays.stream(sample, 1, sample.length)).max().orElse(1)));
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n", WIDTH, HEIGHT, WIDTH, HEIGHT));
        svg.append(String.format("<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", WIDTH, HEIGHT));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"24\" font-size=\"15\">%s</text>%n", LEFT, escape(title)));
        for (int tick = 0; tick <= TICKS; tick++) {
            double x = LEFT + plotWidth * tick / TICKS;
            double y = TOP + plotHeight - plotHeight * tick / TICKS;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>%n",
                    x, TOP, x, HEIGHT - BOTTOM));
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>%n",
                    LEFT, y, WIDTH - RIGHT, y));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
                    x, HEIGHT - BOTTOM + 18, label(maxSeconds * tick / TICKS)));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n",
                    LEFT - 8, y + 4, label(maxValue * tick / TICKS)));
        }
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.0f\" height=\"%.0f\" fill=\"none\" "
                + "stroke=\"#333\"/>%n", LEFT, TOP, plotWidth, plotHeight));
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">seconds since the first "
                + "article was posted</text>%n", LEFT + plotWidth / 2, HEIGHT - 14));
        svg.append(String.format(Locale.ROOT, "<text transform=\"translate(18 %.1f) rotate(-90)\" text-anchor=\"middle\">"
                + "records behind</text>%n", TOP + plotHeight / 2));
        for (Map.Entry<String, Double> mark : marks.entrySet()) {
            double x = LEFT + plotWidth * mark.getValue() / maxSeconds;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#888\" "
                    + "stroke-dasharray=\"4 3\"/>%n", x, TOP, x, HEIGHT - BOTTOM));
            svg.append(String.format(Locale.ROOT, "<text transform=\"translate(%.1f %d) rotate(-90)\" text-anchor=\"end\" "
                    + "fill=\"#555\" font-size=\"11\">%s</text>%n", x - 3, TOP + 4, escape(mark.getKey())));
        }
        for (int line = 0; line < series.size(); line++) {
            String colour = COLOURS.get(line % COLOURS.size());
            StringBuilder points = new StringBuilder();
            for (double[] sample : samples) {
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", LEFT + plotWidth * sample[0] / maxSeconds,
                        TOP + plotHeight - plotHeight * sample[line + 1] / maxValue));
            }
            svg.append(String.format("<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"%s\"/>%n",
                    colour, points.toString().strip()));
            int legendX = WIDTH - RIGHT + 15;
            int legendY = TOP + 12 + 18 * line;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" "
                    + "stroke-width=\"3\"/>%n", legendX, legendY - 4, legendX + 25, legendY - 4, colour));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>%n", legendX + 32, legendY,
                    escape(series.get(line))));
        }
        svg.append("</svg>\n");
        Files.writeString(file, svg, UTF_8);
    }

    /** The smallest 1, 2 or 5 times a power of ten, times {@link #TICKS}, that is at least {@code value}. */
    private static double niceCeiling(double value) {
        double step = value / TICKS;
        double magnitude = Math.pow(10, Math.floor(Math.log10(step)));
        for (double factor : new double[] {1, 2, 5}) {
            if (factor * magnitude >= step) {
                return factor * magnitude * TICKS;
            }
        }
        return 10 * magnitude * TICKS;
    }

    private static String label(double value) {
        return value == Math.rint(value) ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%,.1f", value);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
