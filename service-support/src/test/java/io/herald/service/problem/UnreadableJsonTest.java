package io.herald.service.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;

class UnreadableJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    record Item(String title, int revision, List<Part> parts) {
    }

    record Part(String text) {
    }

    @Test
    void aSyntaxErrorSaysWhereWithoutTheParsersSource() {
        String said = UnreadableJson.syntaxError(assertThrows(JsonProcessingException.class,
                () -> JSON.readValue("{\"title\": \"x\",\n \"parts\": [", Item.class)));

        assertFalse(said.contains("Source:"), said);
        assertFalse(said.contains("com.fasterxml"), said);
        assertTrue(said.contains("line 2, column"), said);
    }

    @Test
    void aStartMarkerIsPlacedByLineAndColumn() {
        String said = UnreadableJson.syntaxError(assertThrows(JsonProcessingException.class,
                () -> JSON.readValue("{\"title\": \"x\"", Item.class)));

        assertTrue(said.contains("(start marker at line 1, column 1)"), said);
        assertFalse(said.contains("Source:"), said);
    }

    @Test
    void aFieldOfTheWrongTypeIsNamedWithWhatItMustBe() {
        FieldError error = UnreadableJson.fieldError(assertThrows(JsonMappingException.class,
                () -> JSON.readValue("{\"parts\": [{\"text\": {}}]}", Item.class)));

        assertEquals(new FieldError("parts[0].text", "must be a string"), error);
    }

    @Test
    void anUnknownFieldIsNamedWithTheFieldsThereAre() {
        FieldError error = UnreadableJson.fieldError(assertThrows(JsonMappingException.class,
                () -> JSON.readValue("{\"title\": \"x\", \"embargo\": \"2026-04-06\"}", Item.class)));

        assertEquals(new FieldError("embargo", "is not a field of this request; the fields are: parts, revision, title"),
                error);
    }

    @Test
    void aBodyOfTheWrongShapeIsNoField() {
        FieldError error = UnreadableJson.fieldError(assertThrows(JsonMappingException.class,
                () -> JSON.readValue("[]", Item.class)));

        assertEquals(new FieldError(null, "must be an object"), error);
    }
}
