package io.herald.console.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import io.quarkus.qute.TemplateExtension;

/** How pages show times and durations: UTC to the second, durations in their two largest units. */
@TemplateExtension
public final class Formats {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private Formats() {
    }

    /** {@code 2026-04-06 08:30:05 UTC}, or a dash. */
    public static String utc(Instant instant) {
        return instant == null ? "—" : TIME.format(instant);
    }

    /** {@code 3 h 12 min}, {@code 1 h}, {@code 45 s}, {@code 0 s}, or a dash. */
    public static String span(Duration duration) {
        if (duration == null) {
            return "—";
        }
        long seconds = Math.max(0, duration.toSeconds());
        long days = seconds / 86_400;
        long hours = seconds % 86_400 / 3600;
        long minutes = seconds % 3600 / 60;
        long rest = seconds % 60;
        if (days > 0) {
            return days + " d" + (hours > 0 ? " " + hours + " h" : "");
        }
        if (hours > 0) {
            return hours + " h" + (minutes > 0 ? " " + minutes + " min" : "");
        }
        if (minutes > 0) {
            return minutes + " min" + (rest > 0 ? " " + rest + " s" : "");
        }
        return rest + " s";
    }

    /** The duration in milliseconds, e.g. for a script's interval. */
    public static long millis(Duration duration) {
        return duration.toMillis();
    }

    /** How long ago {@code instant} was: {@code 3 min 2 s ago}, or a dash. */
    public static String ago(Instant instant) {
        return instant == null ? "—" : span(Duration.between(instant, Instant.now())) + " ago";
    }
}
