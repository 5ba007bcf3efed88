package io.herald.events;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
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

    @Test
    void statusThisVersionDoesNotKnowReadsAsUnpublished() {
        String json = new String(EventJson.write(EMBARGOED), UTF_8).replace("\"embargoed\"", "\"scheduled\"");
        assertEquals(ArticleRendered.Status.UNPUBLISHED,
                EventJson.read(json.getBytes(UTF_8), ArticleRendered.class).status(),
                "a consumer publishes nothing it does not understand");
    }
}
