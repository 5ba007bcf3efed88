package io.herald.render.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;


/** Times as the feeds write them, in newsroom time (+08:00). */
final class FeedDates {

    /** RFC 822 as RSS 2.0 wants it, with English day and month names whatever the default locale. */
    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.ENGLISH);

    private FeedDates() {
    }

    /** E.g. {@code Mon, 06 Apr 2026 08:00:00 +0800}. */
    static String rfc822(Instant instant) {
        return RFC_822.format(instant.atZone(ArticleFormat.NEWSROOM_ZONE));
    }

    /** E.g. {@code 2026-04-06T08:00:00+08:00}: RFC 3339 for Atom, W3C date-time for the sitemap. */
    static String rfc3339(Instant instant) {
        return ArticleFormat.newsroomIso(instant);
    }
}
