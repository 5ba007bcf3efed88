package io.herald.service.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.herald.events.BodyBlock;
import io.herald.events.Contributor;

class JsonExpectationTest {

    @Test
    void anEnumListsItsJsonNamesWithoutThePlaceholderForNewerValues() {
        assertEquals("must be one of: paragraph, heading, image, quote, list",
                JsonExpectation.of(BodyBlock.Type.class));
    }

    @Test
    void aDefaultThatIsARealValueIsListed() {
        assertEquals("must be one of: reporter, correspondent, author, photographer, editor, other",
                JsonExpectation.of(Contributor.Role.class));
    }

    @Test
    void otherTypesInWords() {
        assertEquals("must be a string", JsonExpectation.of(String.class));
        assertEquals("must be an integer", JsonExpectation.of(int.class));
        assertEquals("must be a date-time with an offset, e.g. 2026-04-06T08:00:00+08:00",
                JsonExpectation.of(Instant.class));
        assertEquals("must be an array", JsonExpectation.of(List.class));
        assertEquals("must be an object", JsonExpectation.of(BodyBlock.class));
    }
}
