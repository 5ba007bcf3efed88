package io.herald.events;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class ArticleRenderedJsonTest {

    private static final ArticleRendered EMBARGOED = new ArticleRendered("demo:p01-forum", 1,
            ArticleRendered.Status.EMBARGOED, Instant.parse("2026-04-06T00:00:00Z"),
            "https://news.example.test/web/articles/demo:p01-forum", null,
            List.of("embargoed until 2026-04-06T00:00:00Z"), Instant.parse("2026-04-05T23:00:00Z"));

    @Test
    void embargoedEventCarriesItsStatusAndEmbargoTime() {
        String json = new String(EventJson.write(EMBARGOED), UTF_8);
        assertTrue(json.contains("\"status\":\"embargoed\""), json);
        assertTrue(json.contains("\"embargoUntil\":\"2026-04-06T00:00:00Z\""), json);
        assertEquals(EMBARGOED, EventJson.read(json.getBytes(UTF_8), ArticleRendered.class));
    }

    /** A v1 event as render wrote it before origin existed. */
    private static final String V1_WITHOUT_ORIGIN = """
            {"articleId":"demo:p01-forum","revision":2,"status":"unpublished",\
            "webUrl":"https://news.example.test/web/articles/demo:p01-forum","reasons":["pubStatus is canceled"],\
            "renderedAt":"2026-04-05T23:00:00Z"}""";

    @Test
    void v1EventWithoutOriginStillReads() {
        ArticleRendered event = EventJson.read(V1_WITHOUT_ORIGIN.getBytes(UTF_8), ArticleRendered.class);

        assertEquals("demo:p01-forum", event.articleId());
        assertEquals(ArticleRendered.Status.UNPUBLISHED, event.status());
        assertEquals(List.of("pubStatus is canceled"), event.reasons());
        assertNull(event.origin());
    }

    @Test
    void originSurvivesTheRoundTrip() {
        ArticleRendered event = new ArticleRendered("superdesk:forum", 1, ArticleRendered.Status.PUBLISHED, null,
                "https://news.example.test/web/articles/superdesk:forum", null, List.of(),
                Instant.parse("2026-04-05T23:00:00Z"),
                new ArticleRendered.Origin("中国高新技术产业导报", "superdesk", "要闻"));

        String json = new String(EventJson.write(event), UTF_8);

        assertTrue(json.contains("\"origin\":{\"publication\":\"中国高新技术产业导报\",\"source\":\"superdesk\","
                + "\"section\":\"要闻\"}"), json);
        assertEquals(event, EventJson.read(json.getBytes(UTF_8), ArticleRendered.class));
    }

    @Test
    void statusThisVersionDoesNotKnowReadsAsUnpublished() {
        String json = new String(EventJson.write(EMBARGOED), UTF_8).replace("\"embargoed\"", "\"scheduled\"");
        assertEquals(ArticleRendered.Status.UNPUBLISHED,
                EventJson.read(json.getBytes(UTF_8), ArticleRendered.class).status(),
                "a consumer publishes nothing it does not understand");
    }
}
