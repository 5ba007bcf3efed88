package io.herald.render.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class FeedDatesTest {

    private static final Instant MIDNIGHT_UTC = Instant.parse("2026-04-06T00:00:00Z");

    @Test
    void rssDatesAreRfc822InNewsroomTimeWithEnglishNamesWhateverTheLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertEquals("Mon, 06 Apr 2026 08:00:00 +0800", FeedDates.rfc822(MIDNIGHT_UTC));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void atomAndSitemapDatesAreRfc3339WithTheOffset() {
        assertEquals("2026-04-06T08:00:00+08:00", FeedDates.rfc3339(MIDNIGHT_UTC));
        assertEquals("2026-04-06T07:59:59+08:00", FeedDates.rfc3339(MIDNIGHT_UTC.minusMillis(500)));
    }
}
