package io.herald.events;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

class ArticleSubmittedSchemaTest {

    private static Schema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = ArticleSubmitted.class.getResourceAsStream("/schemas/article-submitted.v1.schema.json")) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        }
    }

    @Test
    void serialisedSampleEventMatchesTheSchema() {
        List<Error> errors = validate(json(SampleEvents.symposiumReport()));
        assertTrue(errors.isEmpty(), () -> "unexpected violations: " + describe(errors));
    }

    @Test
    void eventWithoutHeadlineIsRejected() {
        String json = json(SampleEvents.symposiumReport()).replaceFirst("\"headline\":\"[^\"]*\",", "");
        assertViolation(json, "required property 'headline'");
    }

    @Test
    void eventWithEmptyBodyIsRejected() {
        String json = json(SampleEvents.symposiumReport()).replaceFirst("\"body\":\\[.*?\\],\"images\"", "\"body\":[],\"images\"");
        assertViolation(json, "/body: must have at least 1 items");
    }

    @Test
    void eventWithUnknownPubStatusIsRejected() {
        String json = json(SampleEvents.symposiumReport()).replace("\"pubStatus\":\"usable\"", "\"pubStatus\":\"published\"");
        assertViolation(json, "pubStatus");
    }

    @Test
    void paragraphWithoutTextIsRejected() {
        String json = json(SampleEvents.symposiumReport()).replaceFirst("\\{\"type\":\"paragraph\",\"text\":\"[^\"]*\"}",
                "{\"type\":\"paragraph\"}");
        assertViolation(json, "text");
    }

    private static void assertViolation(String json, String expected) {
        List<Error> errors = validate(json);
        assertTrue(describe(errors).contains(expected), () -> "expected a violation about " + expected + ", got: " + describe(errors));
    }

    private static String json(ArticleSubmitted event) {
        return new String(EventJson.write(event), UTF_8);
    }

    private static List<Error> validate(String json) {
        return schema.validate(json, InputFormat.JSON);
    }

    private static String describe(List<Error> errors) {
        return errors.stream().map(Error::toString).collect(Collectors.joining("; "));
    }

    @Test
    void schemaRequiresWhatTheRecordAlwaysCarries() {
        String json = json(SampleEvents.symposiumReport());
        for (String field : List.of("articleId", "revision", "pubStatus", "language", "headline", "body", "versionCreated", "source")) {
            assertTrue(json.contains("\"" + field + "\":"), field + " missing from the serialised sample");
        }
        assertEquals(0, validate(json).size());
    }
}
