package io.herald.events;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** {@code published}, added within v1, and the publication time every reader is shown. */
class PublicationTimeTest {

    private static final Instant FIRST_CREATED = Instant.parse("2026-04-05T12:00:00Z");
    private static final Instant PRINT_DAY = Instant.parse("2026-04-05T16:00:00Z");

    @Test
    void publishedIsWrittenAndReadButTheDerivedTimeIsNotWritten() {
        String json = new String(EventJson.write(SampleEvents.symposiumReport()), UTF_8);

        assertTrue(json.contains("\"published\":\"2026-04-05T16:00:00Z\""), json);
        assertFalse(json.contains("publicationTime"), json);
        assertEquals(PRINT_DAY, EventJson.read(json.getBytes(UTF_8), ArticleSubmitted.class).published());
    }

    @Test
    void anEventWrittenBeforePublishedExistedStillReadsAndShowsItsFirstCreation() {
        String json = new String(EventJson.write(SampleEvents.symposiumReport()), UTF_8)
                .replace(",\"published\":\"2026-04-05T16:00:00Z\"", "");
        assertFalse(json.contains("published"), json);

        ArticleSubmitted event = EventJson.read(json.getBytes(UTF_8), ArticleSubmitted.class);

        assertNull(event.published());
        assertEquals(FIRST_CREATED, event.publicationTime());
    }

    @Test
    void publishedWinsThenFirstCreatedThenTheRevisionsTime() {
        ArticleSubmitted sample = SampleEvents.symposiumReport();
        assertEquals(PRINT_DAY, sample.publicationTime());
        assertEquals(FIRST_CREATED, times(sample, null, FIRST_CREATED, Instant.parse("2026-04-06T00:00:00Z"), null)
                .publicationTime());
        assertEquals(Instant.parse("2026-04-06T00:00:00Z"),
                times(sample, null, null, Instant.parse("2026-04-06T00:00:00Z"), null).publicationTime());
        assertNull(times(sample, null, null, null, null).publicationTime());
    }

    @Test
    void anEmbargoedArticleIsPublishedWhenItsEmbargoEnds() {
        ArticleSubmitted sample = SampleEvents.symposiumReport();
        Instant embargo = Instant.parse("2026-04-06T02:00:00Z");

        assertEquals(embargo, times(sample, PRINT_DAY, FIRST_CREATED, FIRST_CREATED, embargo).publicationTime());
        assertEquals(PRINT_DAY, times(sample, PRINT_DAY, FIRST_CREATED, FIRST_CREATED, FIRST_CREATED)
                .publicationTime(), "an embargo already over by the publication time changes nothing");
    }

    private static ArticleSubmitted times(ArticleSubmitted a, Instant published, Instant firstCreated,
            Instant versionCreated, Instant embargoUntil) {
        return new ArticleSubmitted(a.articleId(), a.revision(), a.pubStatus(), a.language(), a.publication(), a.page(),
                a.section(), a.headline(), a.subheadline(), a.kicker(), a.dateline(), a.byline(), a.body(), a.images(),
                a.related(), a.subjects(), firstCreated, versionCreated, embargoUntil, a.source(), published,
                a.summary());
    }
}
