package io.herald.events;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EventJsonTest {

    private final ArticleSubmittedDeserializer deserializer = new ArticleSubmittedDeserializer();
    private final EventSerializer<ArticleSubmitted> serializer = new EventSerializer<>();

    @Test
    void articleSurvivesTheRoundTrip() {
        ArticleSubmitted event = SampleEvents.symposiumReport();
        assertEquals(event, deserializer.deserialize("t", serializer.serialize("t", event)));
    }

    @Test
    void timesAreIsoStringsAndNullsAreLeftOut() {
        String json = new String(EventJson.write(SampleEvents.symposiumReport()), UTF_8);
        assertEquals(true, json.contains("\"versionCreated\":\"2026-04-05T12:00:00Z\""), json);
        assertEquals(true, json.contains("\"issueDate\":\"2026-04-06\""), json);
        assertFalse(json.contains("embargoUntil"), json);
    }

    @Test
    void additiveChangesFromNewerProducersAreTolerated() {
        String json = new String(EventJson.write(SampleEvents.symposiumReport()), UTF_8)
                .replace("\"role\":\"author\"", "\"role\":\"illustrator\"")
                .replace("{\"articleId\"", "{\"aFieldFromV1_7\":{\"x\":1},\"articleId\"");
        ArticleSubmitted event = deserializer.deserialize("t", json.getBytes(UTF_8));
        assertEquals(Contributor.Role.OTHER, event.byline().get(0).role());
        assertEquals("demo:p01-symposium", event.articleId());
    }

    @Test
    void theSummaryIsCarriedAndAnEventWithoutOneStillReads() {
        ArticleSubmitted event = SampleEvents.symposiumReport();
        String json = new String(EventJson.write(event), UTF_8);
        assertTrue(json.contains("\"summary\":\"" + event.summary() + "\""), json);

        String before = json.replace(",\"summary\":\"" + event.summary() + "\"", "");
        assertFalse(before.contains("summary"), before);
        assertNull(deserializer.deserialize("t", before.getBytes(UTF_8)).summary());
    }

    @Test
    void malformedValueIsAnInvalidEvent() {
        InvalidEventException e = assertThrows(InvalidEventException.class,
                () -> deserializer.deserialize("t", "{\"revision\":\"one\"".getBytes(UTF_8)));
        assertEquals(true, e.getMessage().startsWith("not a valid ArticleSubmitted"), e.getMessage());
    }
}
