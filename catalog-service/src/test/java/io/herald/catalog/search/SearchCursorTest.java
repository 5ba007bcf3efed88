package io.herald.catalog.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchCursorTest {

    @Test
    void aCursorReadsBackExactly() {
        SearchCursor cursor = new SearchCursor(0.1f / 3, Instant.parse("2026-04-06T01:02:03.123456Z"), "demo:a\nb", "f1");
        assertEquals(cursor, SearchCursor.decode(cursor.encode()));
        SearchCursor byDate = new SearchCursor(null, Instant.EPOCH, "x", "f2");
        assertEquals(byDate, SearchCursor.decode(byDate.encode()));
        SearchCursor ranked = new SearchCursor(1.5f, Instant.EPOCH, "demo:a\nb", "f3",
                new SearchCursor.Candidates(Instant.parse("2026-04-06T01:02:03Z"), "demo:c d\ne", true));
        assertEquals(ranked, SearchCursor.decode(ranked.encode()));
    }

    @Test
    void candidatesBelongToRelevanceCursorsOnly() {
        for (String text : new String[] { "c2\nf\n-\n1.0\ngte 1.0 eA\nx", "c2\nf\n3fc00000\n1.0\nmore 1.0 eA\nx",
                "c2\nf\n3fc00000\n1.0\ngte 1.0 \nx", "c2\nf\n3fc00000\n1.0\ngte 1.0" }) {
            String encoded = Base64.getUrlEncoder().encodeToString(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertThrows(IllegalArgumentException.class, () -> SearchCursor.decode(encoded), text);
        }
        String good = "c2\nf\n3fc00000\n1.0\ngte 1.0 eA\nx";
        assertEquals(new SearchCursor(1.5f, Instant.ofEpochSecond(1), "x", "f",
                new SearchCursor.Candidates(Instant.ofEpochSecond(1), "x", true)),
                SearchCursor.decode(Base64.getUrlEncoder().encodeToString(good.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "!!!", "YWJj", "c1", "%%%", "YzEKZgotCjEuMAo" })
    void anythingElseIsRejected(String text) {
        assertThrows(IllegalArgumentException.class, () -> SearchCursor.decode(text));
    }

    @Test
    void outOfRangeTimesAndNulIdsAreRejected() {
        for (String text : new String[] { "c1\nf\n-\n99999999999999999.0\nx", "c1\nf\n-\n1.0\na\u0000b",
                "c1\nf\n7fc00000\n1.0\nx", "c1\nf\n-\n1.2000000000\nx" }) {
            String encoded = Base64.getUrlEncoder().encodeToString(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertThrows(IllegalArgumentException.class, () -> SearchCursor.decode(encoded), text);
        }
    }
}
